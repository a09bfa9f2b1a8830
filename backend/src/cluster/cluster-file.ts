// Reads and validates the cluster file: YAML syntax, then the schema, then the whole-file rules,
// reporting every problem at once so one edit fixes them all.
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { ValidateFunction } from 'ajv';
import { literalJsonValidator } from '../shared/http/validation.js';
import { ClusterConfigError, ClusterError } from './cluster-error.js';
import {
  ClusterFileSchema,
  DEFAULT_GATEWAY_PORT,
  DEFAULT_WS_PARAM,
  type Cluster,
  type ClusterFile,
} from './cluster-file.schema.js';
import { clusterRuleProblems } from './cluster-rules.js';
import { schemaProblems } from './schema-messages.js';

let compiled: ValidateFunction | undefined;
// verbose: the messages quote the found value and the keys the schema knows at that place.
const schemaCheck = () =>
  (compiled ??= literalJsonValidator({ allErrors: true, verbose: true }).compile(
    ClusterFileSchema,
  ));

export type ClusterCheck = { ok: true; cluster: Cluster } | { ok: false; problems: string[] };

/** Checks parsed YAML; `knownModules` are those that may be placed (core excluded). */
export function checkCluster(file: unknown, knownModules: readonly string[]): ClusterCheck {
  if (file === null || file === undefined)
    return { ok: false, problems: ['the file is empty; it needs at least servers'] };
  const check = schemaCheck();
  const problems = check(file) ? [] : schemaProblems(check.errors ?? []);
  problems.push(...clusterRuleProblems(file, knownModules));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, cluster: withDefaults(file as ClusterFile) };
}

function withDefaults(file: ClusterFile): Cluster {
  const websocket = file.websocket ?? { routing: 'path' };
  return {
    gatewayPort: file.gateway?.port ?? DEFAULT_GATEWAY_PORT,
    database: file.database,
    redis: file.redis,
    servers: Object.entries(file.servers).map(([name, server]) => ({
      name,
      modules: [...server.modules],
      port: server.port,
      instances: server.instances ?? 1,
    })),
    websocket:
      websocket.routing === 'query'
        ? { routing: 'query', param: websocket.param ?? DEFAULT_WS_PARAM }
        : { routing: 'path' },
  };
}

/** YAML text → the parsed value, or every syntax problem with its line and column. */
export function parseClusterYaml(
  text: string,
): { ok: true; value: unknown } | { ok: false; problems: string[] } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const at = lines.linePos(error.pos[0]);
        return `line ${at.line}, column ${at.col}: ${error.message.split('\n')[0]}`;
      }),
    };
  }
  return { ok: true, value: document.toJS() as unknown };
}

/** Reads, parses and checks the file; `label` is how messages name it (a repo-relative path). */
export async function loadCluster(
  path: string,
  label: string,
  knownModules: readonly string[],
): Promise<Cluster> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ClusterError(
      error.code === 'ENOENT'
        ? `${label}: no such file (give another with --config FILE)`
        : `${label}: cannot be read (${error.code ?? error.message})`,
      2,
    );
  });
  const parsed = parseClusterYaml(text);
  if (!parsed.ok) throw new ClusterConfigError(label, parsed.problems);
  const checked = checkCluster(parsed.value, knownModules);
  if (!checked.ok) throw new ClusterConfigError(label, checked.problems);
  return checked.cluster;
}
