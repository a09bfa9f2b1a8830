// The simulator counts in whole ticks and whole volume units, so that prices always sit on the
// tick grid and volumes add up exactly; these turn them into prices and volumes for clients.
import type { Instrument } from '../catalogue/instrument.js';

/** A bar in the instrument's currency and volume, as the datafeed answers it. */
export interface Bar {
  /** Bar open time, Unix ms. */
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/**
 * A bar as the simulator keeps it: the same fields, but prices in ticks (multiples of minmov /
 * pricescale) and volume in units of 10^−volumePrecision, all integers.
 */
export type TickBar = Bar;

/** Ticks nearest to a log price, never below one tick. */
export const logToTicks = (logPrice: number, tick: number) =>
  Math.max(1, Math.round(Math.exp(logPrice) / tick));

/**
 * A price from a number of ticks. Dividing by pricescale (rather than multiplying by the tick)
 * yields the double nearest the decimal: 1.085, not 1.0850000000000002.
 */
export const ticksToPrice = (instrument: Instrument, ticks: number) =>
  (ticks * instrument.minmov) / instrument.pricescale;

/** A volume from whole units of 10^−volumePrecision. */
export const unitsToVolume = (instrument: Instrument, units: number) =>
  units / 10 ** instrument.volumePrecision;

export function toPriceBar(instrument: Instrument, bar: TickBar): Bar {
  return {
    time: bar.time,
    open: ticksToPrice(instrument, bar.open),
    high: ticksToPrice(instrument, bar.high),
    low: ticksToPrice(instrument, bar.low),
    close: ticksToPrice(instrument, bar.close),
    volume: unitsToVolume(instrument, bar.volume),
  };
}
