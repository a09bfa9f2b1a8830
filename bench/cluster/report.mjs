// Per-measurement lines while the bench runs, then medians over the rounds, the cluster/single
// ratios and the verdicts on the two targets, as a block meant to be pasted into a report.
import { median, percentile } from '../ws-fanout/stats.mjs';

const fmt = (value, digits = 1) =>
  value === Infinity ? '∞' : Number.isFinite(value) ? value.toFixed(digits) : '–';
const k = (value) => (Number.isFinite(value) ? `${(value / 1000).toFixed(1)}k` : '–');
const pct = (value) => (Number.isFinite(value) ? `${Math.round(value)}%` : '–');
const byProcess = (entries, unit) =>
  Object.entries(entries)
    .map(([name, value]) => `${name} ${unit(value)}`)
    .join(', ');

export function fillLine(r) {
  const c = r.count;
  return (
    `fill: ${c.placed} placed (${fmt(r.placedPerS, 0)}/s), ${c.filled} filled after a quote: ` +
    `p50 ${fmt(r.p50Ms)} p95 ${fmt(r.p95Ms)} p99 ${fmt(r.p99Ms)} max ${fmt(r.maxMs)} ms; ` +
    `${c.filledOnLaterQuote} of them on a later quote (${c.laterCrossedInFlight} crossed while the POST was unanswered); ` +
    `crossed and never filled ${c.crossedNotFilled} (counted as ∞); on placement ${c.atPlacement}, ` +
    `not reached ${c.notFilled} (cancelled: ${r.leftovers} leftovers), rejected ${c.rejected + c.refused}, ` +
    `filled with no crossing quote seen ${c.filledWithoutCross}, lost ${r.lost}` +
    (r.lost > 0 ? ` (${byProcess(r.lostParts, String)})` : '') +
    '; ' +
    `quote → decision p50 ${fmt(r.decideP50Ms)} p99 ${fmt(r.decideP99Ms)} ms, decision → client p50 ` +
    `${fmt(r.deliverP50Ms)} p99 ${fmt(r.deliverP99Ms)} ms` +
    (Number.isFinite(r.busP50Ms)
      ? ` (decision → Redis p50 ${fmt(r.busP50Ms)} p99 ${fmt(r.busP99Ms)}, Redis → client p50 ${fmt(r.fromBusP50Ms)} p99 ${fmt(r.fromBusP99Ms)})`
      : '') +
    `; by fills in the same tick: ${r.byBurst.map((b) => `${b.label} n ${b.n} p50 ${fmt(b.p50Ms)} p99 ${fmt(b.p99Ms)}`).join(', ')}` +
    `; POST p50 ${fmt(r.postP50Ms)} p99 ${fmt(r.postP99Ms)} ms; server CPU ${pct(r.serverCpuPct)} ` +
    `(${byProcess(r.perProcessPct, pct)}), ${fmt(r.cpuUsPerOrder / 1000, 2)} ms/order; ` +
    `other load on the server core ${pct(r.otherOnServerCorePct)}` +
    (r.busPerOrder === undefined
      ? ''
      : `; Redis per order: ${byProcess(r.busPerOrder, (v) => fmt(v, v > 100 ? 0 : 2))}`) +
    (r.feedSwitched ? '; THE BROKER SWITCHED DATAFEED INSTANCE' : '') +
    (r.overload > 0
      ? `; ${r.overload} orders not sent (${r.overload} over the in-flight bound)`
      : '')
  );
}

export function fanoutLine(r) {
  return (
    `fan-out: ${r.clients} clients, delivered ${k(r.deliveredPerS)} msg/s (${fmt(r.deliveredShare, 3)} of ` +
    `${k(r.expectedPerS)}), ${fmt(r.usPerMsg, 2)} µs/msg (sys ${fmt(r.sysUsPerMsg, 2)}; ` +
    `${byProcess(r.perProcessUsPerMsg, (v) => fmt(v, 2))}; sys share ` +
    `${byProcess(
      Object.fromEntries(
        Object.entries(r.perProcessSysShare).filter(([, v]) => Number.isFinite(v)),
      ),
      (v) => pct(100 * v),
    )}), server CPU ${pct(r.serverCpuPct)}, ` +
    `load-gen ${pct(r.loadgenCpuPct)}, per client ${r.perClient.min}–${r.perClient.max} of ` +
    `${fmt(r.expectedPerClient, 0)}, reordered ${r.reordered}, misrouted ${r.misrouted}, closed ${r.closed}, ` +
    `errors ${r.errors}, server RSS ${fmt(r.serverRssMb, 0)} MB, other load on cores ` +
    `${pct(r.otherOnServerCorePct)}/${pct(r.otherOnBenchCorePct)}, softirq on the server core ` +
    `${pct(r.serverCoreSoftirqPct)}`
  );
}

const table = (header, rows) => {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
};

function fillFigures(runs, kind) {
  const mine = runs.filter((r) => r.kind === kind);
  const pooled = mine.flatMap((r) => r.samples).sort((a, b) => a - b);
  const sum = (pick) => mine.reduce((total, r) => total + pick(r), 0);
  return {
    rounds: mine.length,
    p50: median(mine.map((r) => r.p50Ms)),
    p95: median(mine.map((r) => r.p95Ms)),
    p99: median(mine.map((r) => r.p99Ms)),
    max: Math.max(...mine.map((r) => r.maxMs)),
    pooledP99: percentile(pooled, 0.99),
    placedPerS: median(mine.map((r) => r.placedPerS)),
    placed: sum((r) => r.count.placed),
    filled: sum((r) => r.count.filled),
    atPlacement: sum((r) => r.count.atPlacement),
    notFilled: sum((r) => r.count.notFilled),
    noCross: sum((r) => r.count.filledWithoutCross),
    neverFilled: sum((r) => r.count.crossedNotFilled),
    onLaterQuote: sum((r) => r.count.filledOnLaterQuote),
    rejected: sum((r) => r.count.rejected + r.count.refused),
    lost: sum((r) => r.lost),
    cpuPct: median(mine.map((r) => r.serverCpuPct)),
    postP99: median(mine.map((r) => r.postP99Ms)),
  };
}

function fanoutFigures(runs, kind) {
  const mine = runs.filter((r) => r.kind === kind);
  return {
    rounds: mine.length,
    deliveredPerS: median(mine.map((r) => r.deliveredPerS)),
    share: median(mine.map((r) => r.deliveredShare)),
    usPerMsg: median(mine.map((r) => r.usPerMsg)),
    sysUsPerMsg: median(mine.map((r) => r.sysUsPerMsg)),
    cpuPct: median(mine.map((r) => r.serverCpuPct)),
    loadgenPct: median(mine.map((r) => r.loadgenCpuPct)),
    reordered: mine.reduce((t, r) => t + r.reordered + r.misrouted, 0),
    closed: mine.reduce((t, r) => t + r.closed + r.errors, 0),
    minShare: Math.min(...mine.map((r) => r.perClient.min / r.expectedPerClient)),
    perProcess: (() => {
      const names = [...new Set(mine.flatMap((r) => Object.keys(r.perProcessUsPerMsg)))];
      return Object.fromEntries(
        names.map((n) => [n, median(mine.map((r) => r.perProcessUsPerMsg[n]))]),
      );
    })(),
  };
}

const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

export function renderSummary({ fill, fanout, config, command, failures }) {
  const lines = [
    '',
    '== bench/cluster: summary (medians over rounds; cluster = broker + 2 datafeed + nginx) ==',
  ];
  const rows = [];
  const verdicts = [];
  if (fill.length > 0) {
    const c = fillFigures(fill, 'cluster');
    const s = fillFigures(fill, 'single');
    lines.push(
      '',
      `Quote to fill, ${config.fill.rate} limit orders/s over ${config.fill.symbols.join(', ')} in ${config.fill.accounts} accounts, ` +
        `window ${config.fill.windowS} s (quote at the bench → executions.update at the bench):`,
      table(
        [
          'setup',
          'rounds',
          'placed/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'max ms',
          'pooled p99',
          'filled',
          'on a later quote',
          'never filled',
          'on placement',
          'not reached',
          'no cross seen',
          'rejected',
          'lost',
          'POST p99 ms',
          'server CPU',
        ],
        config.setups
          .map((kind) => [kind, fillFigures(fill, kind)])
          .filter(([, f]) => f.rounds > 0)
          .map(([name, f]) => [
            name,
            f.rounds,
            fmt(f.placedPerS, 0),
            fmt(f.p50),
            fmt(f.p95),
            fmt(f.p99),
            fmt(f.max),
            fmt(f.pooledP99),
            f.filled,
            f.onLaterQuote,
            f.neverFilled,
            f.atPlacement,
            f.notFilled,
            f.noCross,
            f.rejected,
            f.lost,
            fmt(f.postP99),
            pct(f.cpuPct),
          ]),
      ),
    );
    const ok =
      c.rounds > 0 &&
      c.p99 < config.fill.targetP99Ms &&
      c.lost === 0 &&
      c.placedPerS >= 0.95 * config.fill.rate;
    rows.push([
      `quote → fill p99 across processes at ${config.fill.rate} orders/s`,
      `${fmt(c.p99)} ms`,
      `${fmt(s.p99)} ms`,
      `${fmt(c.p99 / s.p99, 2)}×`,
      `< ${config.fill.targetP99Ms} ms, nothing lost`,
      c.rounds > 0 ? verdict(ok) : 'n/a',
    ]);
    verdicts.push(ok);
  }
  if (fanout.length > 0) {
    const c = fanoutFigures(fanout, 'cluster');
    const s = fanoutFigures(fanout, 'single');
    const ratio = c.usPerMsg / s.usPerMsg;
    lines.push(
      '',
      `WebSocket fan-out, ${config.fanout.clients} clients × ${config.fanout.symbols.length} fast symbols, window ${config.fanout.windowS} s ` +
        '(server CPU = user + sys of every server process ÷ messages delivered):',
      table(
        [
          'setup',
          'rounds',
          'delivered/s',
          'of expected',
          'µs/msg',
          'sys µs/msg',
          'server CPU',
          'load-gen CPU',
          'worst client',
          'reordered',
          'closed/errors',
          'per process µs/msg',
        ],
        config.setups
          .map((kind) => [kind, fanoutFigures(fanout, kind)])
          .filter(([, f]) => f.rounds > 0)
          .map(([name, f]) => [
            name,
            f.rounds,
            k(f.deliveredPerS),
            fmt(f.share, 3),
            fmt(f.usPerMsg, 2),
            fmt(f.sysUsPerMsg, 2),
            pct(f.cpuPct),
            pct(f.loadgenPct),
            fmt(f.minShare, 3),
            f.reordered,
            f.closed,
            Object.entries(f.perProcess)
              .map(([n, v]) => `${n} ${fmt(v, 2)}`)
              .join(', '),
          ]),
      ),
    );
    const ok =
      c.rounds > 0 && s.rounds > 0 && ratio <= config.fanout.targetRatio && c.share >= 0.99;
    rows.push([
      `fan-out server CPU per delivered message (${config.fanout.clients} clients)`,
      `${fmt(c.usPerMsg, 2)} µs`,
      `${fmt(s.usPerMsg, 2)} µs`,
      `${fmt(ratio, 2)}×`,
      `≤ ${config.fanout.targetRatio}× single, all delivered`,
      c.rounds > 0 && s.rounds > 0 ? verdict(ok) : 'n/a',
    ]);
    verdicts.push(ok);
  }
  lines.push('', table(['figure', 'cluster', 'single', 'ratio', 'target', 'verdict'], rows));
  if (failures.length > 0)
    lines.push('', 'Failed measurements:', ...failures.map((f) => `  - ${f}`));
  lines.push('', `command: ${command}`);
  return { text: lines.join('\n'), allPass: verdicts.every(Boolean) && failures.length === 0 };
}
