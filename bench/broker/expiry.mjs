// 10,000 GTD orders expiring in the same second: when the last is Canceled (as its account's
// client hears it), and how long anything else waited meanwhile — a probe request every 5 ms,
// and the server's own event-loop delay.
import WebSocket from 'ws';
import { call, inParallel, met, startServer } from './support.mjs';
import { createAccounts } from './seed.mjs';

export async function measureExpiry({ accounts, perAccount }) {
  const server = await startServer();
  try {
    const first = (await (await fetch(`${server.base}/api/v1/broker/account`)).json()).id;
    const ids = [first, ...(await createAccounts(server.base, accounts - 1))];
    const total = accounts * perAccount;
    const at = Date.now() + 8_000 + total;
    const socket = new WebSocket(`${server.base.replace('http', 'ws')}/api/v1/broker/ws`);
    await new Promise((resolve) => socket.once('open', resolve));
    const canceled = [];
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === 'orders.update' && frame.payload.payload.cancelReason === 'expired') {
        canceled.push(Date.now());
      }
    });
    for (const accountId of ids)
      socket.send(JSON.stringify({ type: 'orders.subscribe', payload: { accountId } }));
    await inParallel(
      Array.from({ length: total }, (_, n) => async () => {
        const answer = await call(
          server.base,
          'POST',
          '/api/v1/broker/orders',
          {
            symbol: 'BTCUSD',
            type: 1,
            side: 1,
            qty: 0.001,
            limitPrice: 1,
            duration: { type: 'GTD', datetime: at },
          },
          { 'x-account-id': ids[n % ids.length] },
        );
        if (answer.status !== 200) throw new Error(`place: ${JSON.stringify(answer.body)}`);
      }),
    );
    if (Date.now() > at - 1_000) throw new Error('placing took too long: the expiry came first');
    while (Date.now() < at - 500) await new Promise((r) => setTimeout(r, 50));
    await server.stats(true);
    // Probe: a cheap request every 5 ms from just before the expiry until everything is done.
    let worstProbe = 0;
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const started = performance.now();
        await call(server.base, 'GET', '/api/v1/core/health');
        worstProbe = Math.max(worstProbe, performance.now() - started);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const deadline = at + 10_000;
    while (canceled.length < total && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    probing = false;
    await probe;
    const loop = await server.stats(true);
    socket.close();
    const lastMs = canceled.length === 0 ? Infinity : Math.max(...canceled) - at;
    console.log(
      `  ${total} GTD orders in ${accounts} accounts expiring at one instant: ${canceled.length} Canceled as expired, ` +
        `the last ${lastMs.toFixed(0)} ms after the instant   target all within 1 s: ${met(canceled.length === total && lastMs < 1_000)}`,
    );
    console.log(
      `  meanwhile: worst probe request ${worstProbe.toFixed(1)} ms, server event-loop delay at most ${loop.loopMaxMs.toFixed(1)} ms   ` +
        `target nothing delayed > 50 ms: ${met(worstProbe < 50 && loop.loopMaxMs < 50)}`,
    );
    return { lastMs, worstProbe, loopMaxMs: loop.loopMaxMs };
  } finally {
    await server.stop();
  }
}
