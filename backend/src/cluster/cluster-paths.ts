// Where the manager finds the product and keeps its state. Relative paths on the command line
// are taken from the repository root, like every path of the configuration (backend/src/config.ts).
import { join, relative, resolve } from 'node:path';
import { REPO_ROOT } from '../config.js';

export { REPO_ROOT };
export const DEFAULT_CLUSTER_FILE = 'deploy/cluster.yaml';
export const DEFAULT_STATE_DIR = '.local/cluster';
export const NGINX_TEMPLATE = join(REPO_ROOT, 'deploy/nginx.conf.template');
export const SERVER_JS = join(REPO_ROOT, 'backend/dist/server.js');
export const FRONTEND_DIR = join(REPO_ROOT, 'frontend/dist');

export const fromRoot = (path: string) => resolve(REPO_ROOT, path);

/** How messages name a path: relative to the root when inside it, absolute otherwise. */
export function displayPath(path: string): string {
  const inside = relative(REPO_ROOT, path);
  return inside !== '' && !inside.startsWith('..') && !inside.startsWith('/') ? inside : path;
}

/** The layout of a state directory (docs/cluster.md#state). */
export function stateLayout(stateDir: string) {
  const nginx = join(stateDir, 'nginx');
  const logs = join(stateDir, 'logs');
  return {
    root: stateDir,
    record: join(stateDir, 'cluster.json'),
    secret: join(stateDir, 'secret'),
    pids: join(stateDir, 'pids'),
    pidFile: (name: string) => join(stateDir, 'pids', `${name}.pid`),
    logs,
    logFile: (name: string) => join(logs, `${name}.log`),
    nginxLog: join(logs, 'nginx.log'),
    nginxAccessLog: join(logs, 'nginx-access.log'),
    nginx,
    nginxConf: join(nginx, 'nginx.conf'),
    nginxPid: join(nginx, 'nginx.pid'),
    gateway: join(stateDir, 'gateway'),
    sockets: join(stateDir, 'sockets'),
  };
}

export type StateLayout = ReturnType<typeof stateLayout>;
