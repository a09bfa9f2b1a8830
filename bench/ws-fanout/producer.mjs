// Open-loop publisher: publishes whatever is due at the offered rate, whether or not the server
// keeps up, so an overloaded server shows as a shortfall and latency rather than a slower
// producer. Topics are served round-robin; each has its own sequence so clients detect loss.

/** Publishes at most this much of a second's worth per wake-up, so a stall cannot burst forever. */
const MAX_CATCH_UP_S = 0.1;

export function startProducer({ publishesPerS, topicCount, tickMs, publish }) {
  const seq = new Array(topicCount).fill(0);
  const startedAt = performance.now();
  const maxPerTick = Math.max(1, Math.ceil(publishesPerS * MAX_CATCH_UP_S));
  let published = 0;
  let nextTopic = 0;
  let timer;

  const tick = () => {
    const due = Math.floor(((performance.now() - startedAt) / 1000) * publishesPerS);
    const count = Math.min(due - published, maxPerTick);
    for (let i = 0; i < count; i++) {
      const topic = nextTopic;
      nextTopic = (nextTopic + 1) % topicCount;
      seq[topic]++;
      publish(topic, seq[topic], performance.timeOrigin + performance.now());
    }
    published += Math.max(0, count);
    timer = setTimeout(tick, tickMs);
  };
  timer = setTimeout(tick, tickMs);

  return {
    get published() {
      return published;
    },
    /** Stops publishing; returns the last sequence number of each topic. */
    stop() {
      clearTimeout(timer);
      return [...seq];
    },
  };
}
