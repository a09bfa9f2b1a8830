// Diagnostic only (profile.mjs sets BENCH_FLUSH_STATS=1): counts the gateway's socket flushes
// and the frames they carry, to show how much its per-connection batching merges at a load.
// It wraps WsConnection.prototype.flush from backend/dist without changing what flush does.
import { WsConnection } from '../../../backend/dist/shared/ws/ws-connection.js';

export function countFlushes() {
  const stats = { flushes: 0, framesFlushed: 0 };
  const flush = WsConnection.prototype.flush;
  WsConnection.prototype.flush = function countedFlush() {
    const before = this.queuedFrames;
    flush.call(this);
    const written = before - this.queuedFrames;
    if (written > 0) {
      stats.flushes++;
      stats.framesFlushed += written;
    }
  };
  return stats;
}
