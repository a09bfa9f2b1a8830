// End-to-end latency of a fill as a client sees it: from sending POST /orders to receiving the
// order's `executions.update` frame on a subscribed WebSocket, at a fixed offered rate.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

// Plain keep-alive HTTP: the client's own cost per request stays small next to the server's.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function postOrder(base, side) {
  const body = JSON.stringify({ symbol: 'BTCUSD', type: 2, side, qty: 0.001 });
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/api/v1/broker/orders`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          res.statusCode === 201 || res.statusCode === 200
            ? resolve(JSON.parse(text))
            : reject(new Error(`POST /orders answered ${res.statusCode}: ${text}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function measureLatency({ base, rate, seconds }) {
  const account = await (await fetch(`${base}/api/v1/broker/account`)).json();
  const socket = new WebSocket(`${base.replace('http', 'ws')}/api/v1/broker/ws`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(JSON.stringify({ type: 'executions.subscribe', payload: { accountId: account.id } }));
  const sentAt = new Map();
  const latencies = [];
  const early = new Map();
  socket.on('message', (data) => {
    const frame = JSON.parse(data.toString());
    if (frame.type !== 'executions.update') return;
    const { orderId } = frame.payload.payload;
    const at = performance.now();
    if (sentAt.has(orderId)) latencies.push(at - sentAt.get(orderId));
    else early.set(orderId, at); // the frame can beat the HTTP answer naming its order
  });
  await new Promise((resolve) => setTimeout(resolve, 200));

  const total = Math.round(rate * seconds);
  const started = performance.now();
  const inFlight = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    inFlight.push(
      postOrder(base, i % 2 === 0 ? 1 : -1).then(({ orderId }) => {
        sentAt.set(orderId, sent);
        if (early.has(orderId)) latencies.push(early.get(orderId) - sent);
      }),
    );
  }
  await Promise.all(inFlight);
  const deadline = performance.now() + 5_000;
  while (latencies.length < total && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  socket.close();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    offered: rate,
    received: sorted.length,
    sent: total,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}
