// What the quote-to-fill bench observes, kept apart from the sockets so that its rules are in one
// place. Each order is followed from the moment its POST leaves: the first quote arriving after
// that whose prices reach its limit (a buy limit when ask ≤ limit, a sell limit when bid ≥ limit:
// packages/contract/src/paper/matching.ts) marks when the market crossed it, as this client saw
// it; the order's executions.update marks when the client learnt of the fill. Latency is the
// difference. An order the broker filled on placement (its first orders.update is already
// Filled: the broker's price had crossed before the order arrived) has no quote-to-fill and is
// counted apart, as is every way an order may go astray.
import { percentile } from '../ws-fanout/stats.mjs';

const FILLED = 2;
const WORKING = 6;
const REJECTED = 5;

/** A crossing this close to the end of the observation may still be filling: not counted. */
const GRACE_MS = 1_000;

const crosses = (order, bid, ask) => (order.side === 1 ? ask <= order.limit : bid >= order.limit);

export class FillTracker {
  constructor() {
    /** symbol → orders sent and not yet crossed nor finished. */
    this.uncrossed = new Map();
    /** symbol → orders a quote crossed whose fill has not arrived yet. */
    this.crossedWaiting = new Map();
    /** `${account} ${orderId}` → order. */
    this.byId = new Map();
    /** Frames that arrived before their order's POST answer, by the same key. */
    this.early = new Map();
    this.orders = [];
    this.latest = new Map();
    /** Per broker topic, the last `seq` seen, and the frames a gap says were missed. */
    this.lastSeq = new Map();
    this.seqGaps = 0;
    this.duplicateExecutions = 0;
    this.quotes = 0;
    /** With BENCH_FILL_DEBUG=1: every quote seen, for a look at odd orders afterwards. */
    this.history = process.env.BENCH_FILL_DEBUG === '1' ? [] : undefined;
  }

  /** The end of the observation: later quotes cross nothing (see summarize). */
  close() {
    this.closedAt = performance.now();
  }

  onQuote(symbol, bid, ask, at) {
    if (this.closedAt !== undefined) return;
    this.quotes++;
    this.history?.push({ symbol, bid, ask, at });
    this.latest.set(symbol, { bid, ask, at });
    // Orders crossed earlier and still unfilled: one more quote went by without their fill.
    const waiting = this.crossedWaiting.get(symbol) ?? [];
    let still = 0;
    for (const order of waiting) {
      if (order.executionAt !== undefined || order.final) continue;
      order.laterQuotes++;
      waiting[still++] = order;
    }
    waiting.length = still;
    const list = this.uncrossed.get(symbol);
    if (list === undefined || list.length === 0) return;
    let kept = 0;
    for (const order of list) {
      if (order.final) continue;
      if (crosses(order, bid, ask)) {
        order.crossedAt = at;
        order.laterQuotes = 0;
        waiting.push(order);
      } else list[kept++] = order;
    }
    list.length = kept;
    this.crossedWaiting.set(symbol, waiting);
  }

  /** An order about to be sent: `{ symbol, side, limit, account, measured }`. */
  sent(order) {
    const record = { ...order, sentAt: performance.now(), final: false };
    this.orders.push(record);
    if (!this.uncrossed.has(order.symbol)) this.uncrossed.set(order.symbol, []);
    this.uncrossed.get(order.symbol).push(record);
    return record;
  }

  answered(record, status, body) {
    record.answeredAt = performance.now();
    if (status !== 200) {
      record.refused = `${status} ${JSON.stringify(body)}`;
      record.final = true;
      return;
    }
    record.orderId = body.orderId;
    const key = `${record.account} ${record.orderId}`;
    this.byId.set(key, record);
    for (const apply of this.early.get(key) ?? []) apply(record);
    this.early.delete(key);
  }

  /** Broker frames carry the account's change number: a gap in it is a lost update. */
  checkSeq(topic, seq) {
    if (seq === undefined) return;
    const last = this.lastSeq.get(topic);
    if (last !== undefined && seq > last + 1) this.seqGaps += seq - last - 1;
    if (last === undefined || seq > last) this.lastSeq.set(topic, seq);
  }

  /** Runs `apply` on the order now, or once its POST answer names it. */
  withOrder(account, orderId, apply) {
    const key = `${account} ${orderId}`;
    const record = this.byId.get(key);
    if (record !== undefined) return apply(record);
    if (!this.early.has(key)) this.early.set(key, []);
    this.early.get(key).push(apply);
  }

  onOrderUpdate(account, order, at) {
    this.withOrder(account, order.id, (record) => {
      record.firstStatus ??= order.status;
      record.status = order.status;
      if (order.status === FILLED) record.filledUpdateAt ??= at;
      if (order.status !== WORKING) record.final = true;
    });
  }

  onExecution(account, execution, at) {
    this.withOrder(account, execution.orderId, (record) => {
      if (record.executionAt !== undefined) this.duplicateExecutions++;
      record.executionAt ??= at;
      // The broker's clock when it decided the fill (env.now of the evaluation, Unix ms).
      record.decidedAt ??= execution.time;
      record.final = true;
    });
  }

  /** The fill's event seen on the cluster's Redis bus (cluster only: bus-tap.mjs). */
  onBusExecution(account, execution, at) {
    this.withOrder(account, execution.orderId, (record) => {
      record.busAt ??= at;
    });
  }

  /** Measured orders that a quote crossed and that have not filled yet (the drain waits on them). */
  awaitingFill() {
    return this.orders.filter(
      (o) => o.measured && o.crossedAt !== undefined && o.executionAt === undefined && !o.refused,
    ).length;
  }

  /** Answered orders not known to have ended (Working, or not heard of since the answer). */
  working() {
    return this.orders.filter((o) => o.orderId !== undefined && !o.final);
  }

  unsettled() {
    return this.working().length;
  }

  /**
   * Every symbol is quoted in the same tick of the datafeed (live-feed.ts), so one tick may fill
   * many orders at once, all decided and announced one after the other. Latency by how many
   * filled orders (of the whole run) that tick's quotes crossed: the cost of a burst.
   */
  latencyByBurst(measured) {
    const filled = this.orders.filter(
      (o) =>
        o.executionAt !== undefined && o.crossedAt !== undefined && o.crossedAt <= o.executionAt,
    );
    filled.sort((a, b) => a.crossedAt - b.crossedAt);
    // Crossings less than 50 ms apart belong to one tick (ticks are 250 ms apart).
    const tickOf = new Map();
    let tick = [];
    for (const order of filled) {
      if (tick.length > 0 && order.crossedAt - tick.at(-1).crossedAt > 50) tick = [];
      tick.push(order);
      tickOf.set(order, tick);
    }
    const buckets = [
      { label: '≤ 10 fills', max: 10 },
      { label: '11–30', max: 30 },
      { label: '> 30', max: Infinity },
    ].map((b) => ({ ...b, samples: [] }));
    for (const order of measured) {
      const orders = tickOf.get(order);
      if (orders === undefined || order.firstStatus === FILLED) continue;
      const bucket = buckets.find((b) => orders.length <= b.max);
      bucket.samples.push(order.executionAt - order.crossedAt);
    }
    return buckets.map(({ label, samples }) => {
      samples.sort((a, b) => a - b);
      return {
        label,
        n: samples.length,
        p50Ms: percentile(samples, 0.5),
        p99Ms: percentile(samples, 0.99),
      };
    });
  }

  /** Counts and latencies of the measured orders (placed inside the window). */
  summarize() {
    const measured = this.orders.filter((o) => o.measured);
    const latencies = [];
    const count = {
      placed: measured.length,
      refused: 0,
      unanswered: 0,
      rejected: 0,
      atPlacement: 0,
      filled: 0,
      // Of those, filled only after at least one more quote of the symbol arrived …
      filledOnLaterQuote: 0,
      // … and the crossing quote had arrived while the order's POST was still unanswered.
      laterCrossedInFlight: 0,
      // Filled although no quote reaching its limit arrived at the bench before the fill.
      filledWithoutCross: 0,
      // A quote crossed the limit (over a second before the end), yet no fill ever came.
      crossedNotFilled: 0,
      // Not reached by the market before the end of the drain (then cancelled).
      notFilled: 0,
      // Answered, yet no orders.update ever came for it: lost.
      noUpdate: 0,
    };
    const answerMs = [];
    const toDecision = [];
    const afterDecision = [];
    const toBus = [];
    const fromBus = [];
    for (const order of measured) {
      if (order.answeredAt !== undefined) answerMs.push(order.answeredAt - order.sentAt);
      if (order.refused !== undefined) count.refused++;
      else if (order.orderId === undefined) count.unanswered++;
      else if (order.firstStatus === undefined && order.executionAt === undefined) count.noUpdate++;
      else if (order.status === REJECTED) count.rejected++;
      else if (order.firstStatus === FILLED) count.atPlacement++;
      else if (
        order.executionAt !== undefined &&
        order.crossedAt === undefined &&
        order.executionAt > this.closedAt
      )
        count.notFilled++; // reached after the end of the observation, before its cancel
      else if (order.executionAt !== undefined) {
        if (order.crossedAt === undefined || order.crossedAt > order.executionAt)
          count.filledWithoutCross++;
        else {
          count.filled++;
          latencies.push(order.executionAt - order.crossedAt);
          // Same machine, same clock: where the time went, before and after the decision.
          const crossedUnixMs = performance.timeOrigin + order.crossedAt;
          toDecision.push(order.decidedAt - crossedUnixMs);
          afterDecision.push(performance.timeOrigin + order.executionAt - order.decidedAt);
          if (order.busAt !== undefined) {
            toBus.push(performance.timeOrigin + order.busAt - order.decidedAt);
            fromBus.push(order.executionAt - order.busAt);
          }
          // Not filled by the quote that crossed it, but by a later one (or after it).
          if (order.laterQuotes > 0) {
            count.filledOnLaterQuote++;
            if (order.answeredAt === undefined || order.crossedAt < order.answeredAt)
              count.laterCrossedInFlight++;
          }
        }
      } else if (order.crossedAt !== undefined && order.crossedAt < this.closedAt - GRACE_MS) {
        // Crossed, with time to fill, and never filled: an infinite quote-to-fill.
        count.crossedNotFilled++;
        latencies.push(Infinity);
      } else count.notFilled++;
    }
    for (const list of [latencies, answerMs, toDecision, afterDecision, toBus, fromBus])
      list.sort((a, b) => a - b);
    const byBurst = this.latencyByBurst(measured);
    return {
      count,
      latencies,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      p99Ms: percentile(latencies, 0.99),
      maxMs: latencies.at(-1) ?? NaN,
      // Quote at the bench → the broker's decision (its queue, the remote link), ms resolution.
      decideP50Ms: percentile(toDecision, 0.5),
      decideP99Ms: percentile(toDecision, 0.99),
      // Decision → executions.update at the bench (the database commit, the bus, the sockets).
      deliverP50Ms: percentile(afterDecision, 0.5),
      deliverP99Ms: percentile(afterDecision, 0.99),
      // Cluster only: decision → the event on Redis (the commit, the publish), and Redis → the
      // client (the broker's own subscriber, its fan-out, nginx).
      busP50Ms: percentile(toBus, 0.5),
      busP99Ms: percentile(toBus, 0.99),
      fromBusP50Ms: percentile(fromBus, 0.5),
      fromBusP99Ms: percentile(fromBus, 0.99),
      byBurst,
      postP50Ms: percentile(answerMs, 0.5),
      postP99Ms: percentile(answerMs, 0.99),
      seqGaps: this.seqGaps,
      duplicateExecutions: this.duplicateExecutions,
    };
  }
}
