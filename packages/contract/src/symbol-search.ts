// Symbol search (docs/contract.md#rest `/search`, UDF `/search`): what a trader types in the chart's symbol box
// is matched against ticker, name and description, best matches first. Shared so the terminal's
// offline demo ranks its catalogue exactly as the backend ranks the real one.

/** What the search reads of an instrument. */
export interface SearchableInstrument {
  ticker: string;
  name: string;
  description: string;
  exchange: string;
  type: string;
}

export interface SymbolSearchQuery {
  user_input: string;
  /** Absent or '' for every exchange. */
  exchange?: string | undefined;
  /** Absent or '' for every type. */
  symbol_type?: string | undefined;
  max_results: number;
}

/** TradingView's SearchSymbolResultItem. */
export interface SymbolSearchResult<Type extends string = string> {
  symbol: string;
  full_name: string;
  description: string;
  exchange: string;
  ticker: string;
  type: Type;
}

/**
 * How well an instrument matches, best first. A ticker beats a name and a name beats a
 * description, because a trader who types letters usually types the start of a ticker.
 */
const Rank = {
  exactTicker: 0,
  tickerPrefix: 1,
  namePrefix: 2,
  tickerOrNameSubstring: 3,
  descriptionWordStart: 4,
  descriptionSubstring: 5,
} as const;
type Rank = (typeof Rank)[keyof typeof Rank];

export function searchInstruments<I extends SearchableInstrument>(
  instruments: readonly I[],
  query: SymbolSearchQuery,
): SymbolSearchResult<I['type']>[] {
  const { exchange, text } = splitExchange(query.user_input.trim());
  const exchanges = [query.exchange, exchange]
    .filter((value): value is string => value !== undefined && value !== '')
    .map((value) => value.toUpperCase());
  const candidates = instruments.filter(
    (instrument) =>
      exchanges.every((value) => instrument.exchange.toUpperCase() === value) &&
      (query.symbol_type === undefined ||
        query.symbol_type === '' ||
        instrument.type === query.symbol_type),
  );

  const needle = text.toLowerCase();
  // Without text every candidate matches equally, which lists the catalogue alphabetically.
  const ranked = candidates
    .flatMap((instrument) => {
      const rank = needle === '' ? Rank.exactTicker : rankOf(instrument, needle);
      return rank === undefined ? [] : [{ instrument, rank }];
    })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        compareText(a.instrument.ticker, b.instrument.ticker) ||
        compareText(a.instrument.exchange, b.instrument.exchange),
    );
  return ranked.slice(0, query.max_results).map(({ instrument }) => toSearchResult(instrument));
}

/**
 * `NASDAQ:AA` searches "AA" on NASDAQ: the chart shows symbols as `EXCHANGE:TICKER`, so users
 * paste that form back into the box.
 */
function splitExchange(input: string): { exchange: string | undefined; text: string } {
  const colon = input.indexOf(':');
  if (colon < 0) return { exchange: undefined, text: input };
  return { exchange: input.slice(0, colon).trim(), text: input.slice(colon + 1).trim() };
}

function rankOf(instrument: SearchableInstrument, needle: string): Rank | undefined {
  const ticker = instrument.ticker.toLowerCase();
  const name = instrument.name.toLowerCase();
  if (ticker === needle) return Rank.exactTicker;
  if (ticker.startsWith(needle)) return Rank.tickerPrefix;
  if (name.startsWith(needle)) return Rank.namePrefix;
  if (ticker.includes(needle) || name.includes(needle)) return Rank.tickerOrNameSubstring;
  const description = instrument.description.toLowerCase();
  if (!description.includes(needle)) return undefined;
  return startsAWord(description, needle) ? Rank.descriptionWordStart : Rank.descriptionSubstring;
}

/** True when some occurrence of `needle` in `text` begins a word. */
function startsAWord(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return true;
  }
  return false;
}

/** Locale-independent, so the order is the same on every server. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toSearchResult<I extends SearchableInstrument>(
  instrument: I,
): SymbolSearchResult<I['type']> {
  return {
    symbol: instrument.ticker,
    full_name: `${instrument.exchange}:${instrument.ticker}`,
    description: instrument.description,
    exchange: instrument.exchange,
    ticker: instrument.ticker,
    type: instrument.type,
  };
}
