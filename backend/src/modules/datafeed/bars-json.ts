// The JSON of a /bars answer, written from integer tick counts. Printing a double (45620.61) costs
// several times more than printing an integer (4562061), and an answer of 300 bars prints 1,800
// numbers; since every price is a whole number of ticks, it is printed as an integer with a
// decimal point placed, which is exactly the text JSON.stringify gives for the same price.
import type { Instrument, TickBar } from '@trading-pro/market';

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

/** Where a bar's `,{...}` bytes are: plain fields, cheaper to read than a Buffer view's. */
interface Span {
  readonly memory: ArrayBufferLike;
  readonly start: number;
  readonly end: number;
}

/**
 * Bytes of bars that never change (frozen by the history), kept as long as the bar is. Bars
 * encoded together sit side by side in one allocation, so a later answer copies a run of them in
 * one go instead of bar by bar.
 */
const barBytes = new WeakMap<TickBar, Span>();
const OPEN = Buffer.from('{"bars":[');
const CLOSE = { true: Buffer.from('],"no_data":true}'), false: Buffer.from('],"no_data":false}') };

/**
 * The answer's bytes. Every character is ASCII (keys, digits, signs, points), so a bar's latin1
 * bytes are its UTF-8 bytes and its byte length is its text length.
 */
export function barsJson(
  instrument: Instrument,
  bars: readonly TickBar[],
  noData: boolean,
): Buffer {
  const spans = spansOf(instrument, bars);
  const close = CLOSE[`${noData}`];
  // Merge spans that sit side by side; the first bar goes without its leading comma.
  const runs: Span[] = [];
  let length = OPEN.length + close.length;
  let run: { memory: ArrayBufferLike; start: number; end: number } | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const start = i === 0 ? span.start + 1 : span.start;
    length += span.end - start;
    if (run !== undefined && span.memory === run.memory && start === run.end) run.end = span.end;
    else {
      run = { memory: span.memory, start, end: span.end };
      runs.push(run);
    }
  }
  const out = Buffer.allocUnsafe(length);
  let offset = OPEN.copy(out, 0);
  for (const { memory, start, end } of runs) {
    out.set(new Uint8Array(memory, start, end - start), offset);
    offset += end - start;
  }
  close.copy(out, offset);
  return out;
}

/** Each bar's `,{...}` bytes: kept ones as they are, the others encoded in one allocation. */
function spansOf(instrument: Instrument, bars: readonly TickBar[]): Span[] {
  const spans = new Array<Span>(bars.length);
  const missing: number[] = [];
  for (let i = 0; i < bars.length; i++) {
    const kept = barBytes.get(bars[i]!);
    if (kept === undefined) missing.push(i);
    else spans[i] = kept;
  }
  if (missing.length === 0) return spans;

  const decimals = priceDecimals(instrument);
  const price =
    decimals === undefined
      ? (ticks: number) => String((ticks * instrument.minmov) / instrument.pricescale)
      : (ticks: number) => decimalText(ticks, decimals);
  const volumeDecimals = instrument.volumePrecision;
  const texts = missing.map((i) => {
    const bar = bars[i]!;
    return `,{"time":${bar.time},"open":${price(bar.open)},"high":${price(bar.high)},"low":${price(bar.low)},"close":${price(bar.close)},"volume":${decimalText(bar.volume, volumeDecimals)}}`;
  });
  const encoded = Buffer.from(texts.join(''), 'latin1');
  let offset = encoded.byteOffset;
  missing.forEach((i, k) => {
    const span = { memory: encoded.buffer, start: offset, end: offset + texts[k]!.length };
    offset = span.end;
    spans[i] = span;
    if (Object.isFrozen(bars[i])) barBytes.set(bars[i]!, span);
  });
  return spans;
}
