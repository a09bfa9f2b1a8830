// The datafeed's `quotes` WebSocket stream as a process in another process reads it: one socket
// to one datafeed instance at a time, one subscription per followed symbol (four quotes a
// second), and on any loss — a closed socket, a refused connection, a silent server — the next
// instance of DATAFEED_URL, with growing delays while none answers. Every followed symbol is
// subscribed again on each new socket.
import WebSocket from 'ws';
import type {
  DatafeedWsFrames,
  QuotesSubscribeFrame,
  QuotesUnsubscribeFrame,
  QuotesUpdateFrame,
} from '../generated/ws/datafeed.js';
import type { QuoteLink } from '../../shared/ports/quote-source.js';
import { retryDelay } from '../../shared/retry-delay.js';
import { CLUSTER_SECRET_HEADER } from '../../shared/http/cluster-peer.js';
import { waitWithin, wakeAll } from './wait-within.js';

export type QuoteValuesOk = Extract<QuotesUpdateFrame['payload']['payload'], { s: 'ok' }>;

export interface QuoteStreamLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface QuoteStreamOptions {
  /** Base URLs of the datafeed instances, `http://host:port`; tried in turn. */
  urls: readonly string[];
  secret: string | undefined;
  log: QuoteStreamLog;
  onQuote(ticker: string, quote: QuoteValuesOk['v']): void;
  /** The link went up or down. */
  onLink(link: QuoteLink): void;
  minRetryMs?: number;
  maxRetryMs?: number;
  /** A socket that neither opens nor says anything this long is given up. */
  silenceMs?: number;
}

/** Quotes come four times a second; a second of silence is already unusual. */
const DEFAULT_SILENCE_MS = 2_500;

type Frame = DatafeedWsFrames[keyof DatafeedWsFrames];

export class QuoteStream {
  private readonly symbols = new Set<string>();
  private socket: WebSocket | undefined;
  /** The base URL the current socket was opened to. */
  private socketBase = '';
  private state: QuoteLink = { up: false, reason: 'not connected yet' };
  private next = 0;
  private failures = 0;
  private lastHeard = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly silenceMs: number;
  private readonly upWaiters = new Set<() => void>();

  constructor(private readonly options: QuoteStreamOptions) {
    if (options.urls.length === 0) throw new Error('QuoteStream needs at least one datafeed URL');
    this.silenceMs = options.silenceMs ?? DEFAULT_SILENCE_MS;
    // Instances of one cluster start their rotation at different places.
    this.next = Math.floor(Math.random() * options.urls.length);
    this.connect();
  }

  get link(): QuoteLink {
    return this.state;
  }

  /** The base URL of the instance the socket is open to, if any. */
  get connectedTo(): string | undefined {
    return this.state.up ? this.state.detail : undefined;
  }

  /** Resolves when the link is up, or rejects with the reason it is not after `timeoutMs`. */
  waitUp(timeoutMs: number): Promise<void> {
    if (this.state.up) return Promise.resolve();
    return waitWithin(this.upWaiters, timeoutMs, () =>
      this.state.up ? 'the link came up late' : this.state.reason,
    );
  }

  follow(symbol: string): void {
    if (this.symbols.has(symbol)) return;
    this.symbols.add(symbol);
    if (this.state.up) this.send(subscribeFrame('quotes.subscribe', symbol));
  }

  unfollow(symbol: string): void {
    if (!this.symbols.delete(symbol)) return;
    if (this.state.up) this.send(subscribeFrame('quotes.unsubscribe', symbol));
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.watchdog);
    this.socket?.terminate();
    this.socket = undefined;
  }

  private connect(): void {
    if (this.closed) return;
    const base = this.options.urls[this.next % this.options.urls.length]!;
    this.next++;
    const url = `${base.replace(/^http/, 'ws').replace(/\/$/, '')}/api/v1/datafeed/ws`;
    const headers: Record<string, string> = {};
    if (this.options.secret !== undefined) headers[CLUSTER_SECRET_HEADER] = this.options.secret;
    const socket = new WebSocket(url, { headers, handshakeTimeout: this.silenceMs });
    this.socket = socket;
    this.socketBase = base;
    this.lastHeard = Date.now();
    socket.on('open', () => {
      if (this.socket !== socket) return;
      this.failures = 0;
      this.lastHeard = Date.now();
      for (const symbol of this.symbols) this.send(subscribeFrame('quotes.subscribe', symbol));
      this.setLink({ up: true, detail: base });
      this.options.log.info({ datafeed: base }, 'quotes: connected to the datafeed');
    });
    socket.on('message', (data: Buffer) => {
      if (this.socket !== socket) return;
      this.lastHeard = Date.now();
      this.receive(data, base);
    });
    socket.on('ping', () => {
      this.lastHeard = Date.now();
    });
    // 'close' follows 'error' in every case; the error only says why.
    let why = 'closed';
    socket.on('error', (error) => {
      why = error.message;
    });
    socket.on('close', (code) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.lost(base, code === 1006 ? why : `closed with ${code}`);
    });
    this.watchdog ??= setInterval(() => this.checkSilence(), Math.min(500, this.silenceMs / 2));
    this.watchdog.unref();
  }

  private receive(data: Buffer, base: string): void {
    let frame: Frame;
    try {
      frame = JSON.parse(data.toString('utf8')) as Frame;
    } catch {
      this.options.log.warn({ datafeed: base }, 'quotes: a frame that is not JSON, ignored');
      return;
    }
    if (frame.type === 'quotes.update') {
      const quote = frame.payload.payload;
      if (quote.s === 'ok') this.options.onQuote(quote.n, quote.v);
    } else if (frame.type === 'quotes.subscribe.response' && frame.payload.status === 'error') {
      this.options.log.warn(
        { datafeed: base, topic: frame.payload.topic, reason: frame.payload.message },
        'quotes: the datafeed refused a subscription',
      );
    }
  }

  /** A socket that has said nothing for too long is dead, whatever TCP believes. */
  private checkSilence(): void {
    const socket = this.socket;
    if (socket === undefined || Date.now() - this.lastHeard <= this.silenceMs) return;
    // Nothing is expected from an open socket that follows no symbol.
    if (socket.readyState === WebSocket.OPEN && this.symbols.size === 0) {
      this.lastHeard = Date.now();
      return;
    }
    this.socket = undefined;
    socket.terminate();
    this.lost(this.socketBase, `no word for ${Math.round(this.silenceMs / 100) / 10} s`);
  }

  private lost(base: string, reason: string): void {
    if (this.closed) return;
    this.failures++;
    const wasUp = this.state.up;
    const others = this.options.urls.length - 1;
    this.setLink({
      up: false,
      reason: `the datafeed at ${base} is out of reach (${reason})${others > 0 ? '; trying the other instances' : '; reconnecting'}`,
    });
    if (wasUp) this.options.log.warn({ datafeed: base, reason }, 'quotes: lost the datafeed');
    else if (this.failures === this.options.urls.length)
      this.options.log.warn(
        { datafeeds: this.options.urls, reason },
        'quotes: no datafeed answers; trying again with growing delays',
      );
    // A fresh loss tries the next instance at once; once every instance has failed in a row,
    // the attempts slow down.
    const round = Math.floor((this.failures - 1) / this.options.urls.length);
    const delay =
      round === 0
        ? 0
        : retryDelay(round, this.options.minRetryMs ?? 100, this.options.maxRetryMs ?? 5_000);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private setLink(link: QuoteLink): void {
    this.state = link;
    this.options.onLink(link);
    if (link.up) wakeAll(this.upWaiters);
  }

  private send(frame: QuotesSubscribeFrame | QuotesUnsubscribeFrame): void {
    this.socket?.send(JSON.stringify(frame));
  }
}

function subscribeFrame<T extends 'quotes.subscribe' | 'quotes.unsubscribe'>(
  type: T,
  symbol: string,
): { type: T; payload: { symbols: string[]; fast_symbols: string[] } } {
  return { type, payload: { symbols: [symbol], fast_symbols: [symbol] } };
}
