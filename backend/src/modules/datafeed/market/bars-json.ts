// The JSON of a /bars answer, written from integer tick counts. Printing a double (45620.61) costs
// several times more than printing an integer (4562061), and an answer of 300 bars prints 1,800
// numbers; since every price is a whole number of ticks, it is printed as an integer with a
// decimal point placed, which is exactly the text JSON.stringify gives for the same price.
import type { Instrument } from '../catalogue/instrument.js';
import type { TickBar } from './market-simulator.js';

/** Up to this many decimals, the text of every fraction is built once and looked up. */
const TABLE_DECIMALS = 6;
const fractionTables = new Map<number, string[]>();

/** `fractions[f]` is the text after the integer part for f / 10^decimals: "" or ".05" style. */
function fractionTable(decimals: number): string[] {
  let table = fractionTables.get(decimals);
  if (table === undefined) {
    const size = 10 ** decimals;
    table = new Array<string>(size);
    table[0] = '';
    for (let f = 1; f < size; f++)
      table[f] = `.${String(f).padStart(decimals, '0').replace(/0+$/, '')}`;
    fractionTables.set(decimals, table);
  }
  return table;
}

/** Prints `units / 10^decimals` as JSON.stringify prints that number (no trailing zeros). */
export function decimalText(units: number, decimals: number): string {
  if (decimals === 0 || units === 0) return String(units / 10 ** decimals);
  if (decimals > TABLE_DECIMALS) return String(units / 10 ** decimals);
  const scale = 10 ** decimals;
  const magnitude = Math.abs(units);
  const integer = Math.floor(magnitude / scale);
  const text = `${integer}${fractionTable(decimals)[magnitude - integer * scale]}`;
  return units < 0 ? `-${text}` : text;
}

/** Decimals of a power-of-ten price scale, or undefined when prices are not plain decimals. */
function priceDecimals(instrument: Instrument): number | undefined {
  const decimals = Math.round(Math.log10(instrument.pricescale));
  return instrument.minmov === 1 && 10 ** decimals === instrument.pricescale ? decimals : undefined;
}

export function barsJson(
  instrument: Instrument,
  bars: readonly TickBar[],
  noData: boolean,
): string {
  const decimals = priceDecimals(instrument);
  const price =
    decimals === undefined
      ? (ticks: number) => String((ticks * instrument.minmov) / instrument.pricescale)
      : (ticks: number) => decimalText(ticks, decimals);
  const volumeDecimals = instrument.volumePrecision;
  const volumeScale = 10 ** volumeDecimals;
  const parts: string[] = [];
  for (const bar of bars) {
    parts.push(
      `{"time":${bar.time},"open":${price(bar.open)},"high":${price(bar.high)},"low":${price(bar.low)},"close":${price(bar.close)},"volume":${decimalText(Math.round(bar.volume * volumeScale), volumeDecimals)}}`,
    );
  }
  return `{"bars":[${parts.join(',')}],"no_data":${noData}}`;
}
