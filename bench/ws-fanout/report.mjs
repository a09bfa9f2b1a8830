// Turns the per-run results into medians, ratios and target verdicts, as markdown tables.
import { otherLoad } from './clean-run.mjs';
import { median } from './stats.mjs';

const LABEL = { ours: 'ours (gateway)', raw: 'raw ws (baseline)', socketio: 'Socket.IO' };
/** Above this the load generator, not the server, is what limits delivery. */
const LOADGEN_SATURATED_PCT = 90;

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const kmsg = (value) => (Number.isFinite(value) ? `${(value / 1000).toFixed(1)}k` : '–');
const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/**
 * Medians over the repetitions of each (server, offered load). Repetitions during which other
 * work took a noticeable share of a pinned core are set aside when a quiet one exists; a point
 * with none is "disturbed", shown, and left out of the verdicts. Loss counts every repetition.
 */
export function aggregate(runs, config) {
  const points = new Map();
  for (const run of runs) {
    const key = `${run.kind}@${run.load}`;
    if (!points.has(key)) points.set(key, { kind: run.kind, load: run.load, runs: [] });
    points.get(key).runs.push(run);
  }
  for (const point of points.values()) {
    const quiet = point.runs.filter((run) => otherLoad(run) <= config.maxOtherPct);
    const used = quiet.length > 0 ? quiet : point.runs;
    const m = (field) => median(used.map((run) => run[field]));
    const sum = (pick) => point.runs.reduce((total, run) => total + pick(run), 0);
    Object.assign(point, {
      quietRuns: quiet.length,
      disturbed: quiet.length === 0,
      deliveredShare: m('deliveredShare'),
      deliveredPerS: m('deliveredPerS'),
      p50Ms: m('p50Ms'),
      p99Ms: m('p99Ms'),
      usPerMsg: m('usPerMsg'),
      serverCpuPct: m('serverCpuPct'),
      loadgenCpuPct: m('loadgenCpuPct'),
      otherPct: median(used.map(otherLoad)),
      lost: sum((run) => run.lost + run.misrouted),
      reordered: sum((run) => run.reordered),
      missing: sum((run) => run.missingAfterDrain),
      closed: sum((run) => run.closed),
    });
    // In full: the offered rate arrived, nothing was lost, and p99 stayed under the bound.
    point.full =
      point.deliveredShare >= config.fullShare &&
      point.lost === 0 &&
      point.reordered === 0 &&
      point.closed === 0 &&
      point.p99Ms < config.fullP99Ms;
  }
  return points;
}

const get = (points, kind, load) => points.get(`${kind}@${load}`);
/** The point if it was measured on quiet cores, else undefined. */
const clean = (points, kind, load) => {
  const point = get(points, kind, load);
  return point?.disturbed ? undefined : point;
};

/** The highest offered load delivered in full on quiet cores. */
function maxFull(points, kind, loads) {
  let best;
  for (const load of loads) if (clean(points, kind, load)?.full) best = load;
  return best;
}

function pointsTable(points, config) {
  const rows = [];
  for (const load of config.loads) {
    for (const kind of config.servers) {
      const p = get(points, kind, load);
      if (p === undefined) continue;
      rows.push([
        LABEL[kind],
        kmsg(load),
        fmt(p.deliveredShare, 3),
        kmsg(p.deliveredPerS),
        fmt(p.p50Ms, 2),
        fmt(p.p99Ms, 1),
        `**${fmt(p.usPerMsg, 1)}**`,
        fmt(p.serverCpuPct, 0),
        `${fmt(p.loadgenCpuPct, 0)}${p.loadgenCpuPct >= LOADGEN_SATURATED_PCT ? ' (sat.)' : ''}`,
        `${p.lost} / ${p.reordered} / ${p.missing}${p.closed ? ` / ${p.closed} closed` : ''}`,
        `${fmt(p.otherPct, 0)} (${p.quietRuns}/${p.runs.length} quiet)`,
        p.disturbed ? `${p.full ? 'yes' : 'no'} (disturbed)` : p.full ? 'yes' : 'no',
      ]);
    }
  }
  return table(
    [
      'server',
      'offered msg/s',
      'delivered/offered',
      'delivered msg/s',
      'p50 ms',
      'p99 ms',
      'server CPU µs/msg',
      'server CPU %',
      'load-gen CPU %',
      'lost / reordered / missing after drain',
      'other load on cores % (quiet runs)',
      'in full',
    ],
    rows,
  );
}

function ratioTable(points, config) {
  const rows = [];
  for (const load of config.loads) {
    const ours = get(points, 'ours', load);
    const raw = get(points, 'raw', load);
    const sio = get(points, 'socketio', load);
    if (ours === undefined) continue;
    const cell = (p) => (p === undefined ? '–' : `${fmt(p.usPerMsg)}${p.disturbed ? '*' : ''}`);
    rows.push([
      kmsg(load),
      cell(ours),
      cell(raw),
      cell(sio),
      fmt(ours.usPerMsg / raw?.usPerMsg, 2),
      fmt(ours.usPerMsg / sio?.usPerMsg, 2),
      // Per-run ratios show how much of the spread is background noise.
      ours.runs
        .map((run, i) => {
          const other = raw?.runs[i];
          const noisy =
            otherLoad(run) > config.maxOtherPct || (other && otherLoad(other) > config.maxOtherPct);
          return `${fmt(run.usPerMsg / other?.usPerMsg, 2)}${noisy ? '*' : ''}`;
        })
        .join(', '),
    ]);
  }
  return table(
    [
      'offered msg/s',
      'ours µs/msg',
      'raw µs/msg',
      'Socket.IO µs/msg',
      'ours / raw',
      'ours / Socket.IO',
      'ours / raw per repetition',
    ],
    rows,
  );
}

/** Verdicts on the issue's targets, each with the numbers it rests on; quiet points only. */
function targets(points, config, idle) {
  const lines = [];
  const has = (kind) => config.servers.includes(kind);
  const maxOurs = maxFull(points, 'ours', config.loads);
  const verdict = (ok) => (ok ? 'met' : '**NOT met**');
  const ratio = (a, b, load) => clean(points, a, load).usPerMsg / clean(points, b, load).usPerMsg;
  const bothFull = (a, b) =>
    config.loads.filter((l) => clean(points, a, l)?.full && clean(points, b, l)?.full);

  const disturbed = [...points.values()].filter((p) => p.disturbed);
  if (disturbed.length > 0) {
    lines.push(
      `- ${disturbed.length} of ${points.size} points had no repetition on quiet cores (other work ` +
        `> ${config.maxOtherPct} % of a pinned core) and are left out of these verdicts: ` +
        disturbed.map((p) => `${p.kind}@${kmsg(p.load)}`).join(', ') +
        '.',
    );
  }
  if (has('ours') && has('raw')) {
    const at = bothFull('ours', 'raw').at(-1);
    lines.push(
      at === undefined
        ? '- Throughput vs raw: no quiet load delivered in full by both; not judged.'
        : `- Throughput vs raw (server CPU µs/msg ours ≤ 1.25× raw, at ${kmsg(at)} msg/s, the highest quiet load both delivered in full): ` +
            `${fmt(ratio('ours', 'raw', at), 2)}× — ${verdict(ratio('ours', 'raw', at) <= 1.25)}. ` +
            `Max delivered in full: ours ${kmsg(maxOurs)}, raw ${kmsg(maxFull(points, 'raw', config.loads))} msg/s.`,
    );
    // "In full" hinges on p99, which one stall can spoil; this view rests on CPU time only.
    const unsaturated = config.loads.filter((l) =>
      ['ours', 'raw'].every((kind) => {
        const p = clean(points, kind, l);
        return p && p.deliveredShare >= config.fullShare && p.loadgenCpuPct < LOADGEN_SATURATED_PCT;
      }),
    );
    const ratios = unsaturated.map((l) => ratio('ours', 'raw', l));
    if (ratios.length > 0) {
      lines.push(
        `  Over every quiet load both delivered (≥ ${config.fullShare}) with the load generator unsaturated ` +
          `(${unsaturated.map(kmsg).join(', ')}): ours / raw ${ratios.map((r) => fmt(r, 2)).join(', ')}; ` +
          `median ${fmt(median(ratios), 2)}× — ${verdict(median(ratios) <= 1.25)}.`,
      );
    }
  }
  if (has('ours') && has('socketio')) {
    const maxSio = maxFull(points, 'socketio', config.loads);
    const at = bothFull('ours', 'socketio').at(-1);
    const r = at === undefined ? NaN : ratio('ours', 'socketio', at);
    lines.push(
      `- Ahead of Socket.IO (max delivered in full ours ${kmsg(maxOurs)} vs ${kmsg(maxSio)} msg/s; ` +
        `µs/msg ours / Socket.IO ${fmt(r, 2)}× at ${kmsg(at)} msg/s): ` +
        (at === undefined ? 'not judged' : verdict((maxOurs ?? 0) >= (maxSio ?? 0) && r < 1)),
    );
  }
  if (has('ours')) {
    const half =
      maxOurs === undefined ? undefined : config.loads.filter((l) => l <= maxOurs / 2).at(-1);
    const p = half === undefined ? undefined : clean(points, 'ours', half);
    lines.push(
      p === undefined
        ? `- p99 < 20 ms at half the maximum (${kmsg(maxOurs)} msg/s): no quiet measured load at or below half; not judged.`
        : `- p99 < 20 ms at half the maximum (${kmsg(half)} msg/s of ${kmsg(maxOurs)}): ` +
            `p99 ${fmt(p.p99Ms)} ms (per repetition: ${p.runs.map((run) => fmt(run.p99Ms)).join(', ')}) — ${verdict(p.p99Ms < 20)}`,
    );
  }
  const ourIdle = idle.find((run) => run.kind === 'ours');
  if (ourIdle !== undefined) {
    lines.push(
      `- ${ourIdle.clients.toLocaleString('en')} idle subscribed connections under 300 MB RSS: ` +
        `${fmt(ourIdle.afterMb, 0)} MB — ${verdict(ourIdle.afterMb < 300)}`,
    );
  }
  return lines.join('\n');
}

function idleTable(idle) {
  return table(
    ['server', 'connections', 'RSS before MB', 'RSS with clients MB', 'KB/connection', 'connect s'],
    idle.map((r) => [
      LABEL[r.kind],
      r.clients.toLocaleString('en'),
      fmt(r.beforeMb, 0),
      `**${fmt(r.afterMb, 0)}**`,
      fmt(r.kbPerConnection, 1),
      fmt(r.connectS, 1),
    ]),
  );
}

export function renderReport({ runs, idle, config }) {
  const points = aggregate(runs, config);
  const parts = [
    '### Targets',
    targets(points, config, idle),
    `### Per server and offered load (medians of ${config.reps} repetitions, interleaved)`,
    pointsTable(points, config),
    '### Server CPU per delivered message, ratios (lower is better)',
    ratioTable(points, config),
    `\\* disturbed: other work took more than ${config.maxOtherPct} % of a pinned core (in every repetition of the point, or in that repetition).`,
  ];
  if (idle.length > 0) parts.push('### Idle subscribed connections', idleTable(idle));
  return parts.join('\n\n');
}

/** Every run, so the spread behind each median can be checked. */
export function renderRuns(runs) {
  return table(
    [
      'server',
      'offered',
      'delivered/offered',
      'p50 ms',
      'p99 ms',
      'max ms',
      'µs/msg (user + sys)',
      'server CPU %',
      'load-gen CPU %',
      'server RSS MB',
      'lost/reord./missing',
      'other load core 0 / 1 %',
      'core 0 softirq %',
      'attempts',
    ],
    runs.map((r) => [
      r.kind,
      kmsg(r.load),
      fmt(r.deliveredShare, 3),
      fmt(r.p50Ms, 2),
      fmt(r.p99Ms),
      fmt(r.maxMs),
      `${fmt(r.usPerMsg)} (${fmt(r.usPerMsg - r.sysUsPerMsg)} + ${fmt(r.sysUsPerMsg)})`,
      r.serverCpuPct,
      r.loadgenCpuPct,
      fmt(r.serverRssMb, 0),
      `${r.lost + r.misrouted}/${r.reordered}/${r.missingAfterDrain}`,
      `${fmt(r.otherOnServerCorePct, 0)} / ${fmt(r.otherOnLoadgenCorePct, 0)}`,
      fmt(r.serverCoreSoftirqPct, 0),
      r.attempts ?? 1,
    ]),
  );
}
