// What the load generator observes: per-client sequence checks (loss, reordering, misrouting)
// over the whole run, and counts and latencies inside the measurement window only.
import { percentile } from './stats.mjs';

export class Tracker {
  constructor(clientCount, topicOf) {
    this.topicOf = topicOf;
    // Producing starts only after every client is subscribed, so each expects seq 1 first.
    this.lastSeq = new Float64Array(clientCount);
    this.received = 0;
    this.lost = 0;
    this.reordered = 0;
    this.misrouted = 0;
    this.closed = 0;
    this.inWindow = false;
    this.latencies = new Float64Array(0);
    this.samples = 0;
  }

  onUpdate(client, seq, t, topicOk) {
    const now = performance.timeOrigin + performance.now();
    this.received++;
    if (!topicOk) this.misrouted++;
    const last = this.lastSeq[client];
    if (seq === last + 1) this.lastSeq[client] = seq;
    else if (seq > last + 1) {
      this.lost += seq - last - 1;
      this.lastSeq[client] = seq;
    } else this.reordered++;
    if (this.inWindow && this.samples < this.latencies.length) {
      this.latencies[this.samples++] = now - t;
    }
  }

  startWindow(capacity) {
    this.latencies = new Float64Array(capacity);
    this.samples = 0;
    this.inWindow = true;
  }

  /** Latency percentiles (ms) of the window's deliveries. */
  endWindow() {
    this.inWindow = false;
    const sorted = this.latencies.subarray(0, this.samples).sort();
    return {
      samples: this.samples,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      maxMs: sorted.length > 0 ? sorted[sorted.length - 1] : NaN,
    };
  }

  /** Messages each client still lacks, given the last seq the producer published per topic. */
  missing(finalSeq) {
    let total = 0;
    for (let client = 0; client < this.lastSeq.length; client++) {
      total += Math.max(0, finalSeq[this.topicOf(client)] - this.lastSeq[client]);
    }
    return total;
  }
}
