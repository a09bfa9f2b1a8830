// Debian's nginx, run from the state directory: found, asked to check a configuration, and the
// command line that starts it in the foreground (so it is the process the manager records).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { ClusterError } from './cluster-error.js';
import type { StateLayout } from './cluster-paths.js';

export const DEFAULT_NGINX = '/usr/sbin/nginx';
/** Debian's table of file types, included when installed. */
export const DEBIAN_MIME_TYPES = '/etc/nginx/mime.types';

export function mimeTypesFile(): string | undefined {
  return existsSync(DEBIAN_MIME_TYPES) ? DEBIAN_MIME_TYPES : undefined;
}

/** NGINX_PATH (the Makefile passes its own), else Debian's path. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.NGINX_PATH?.trim() || DEFAULT_NGINX;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new ClusterError(
      `nginx not found at ${path}: \`make cluster-up\` installs Debian's (apt-get install nginx, as root), or set NGINX_PATH to its binary`,
    );
  }
  return path;
}

export interface NginxFiles {
  prefix: string;
  conf: string;
  /** Where nginx reports before it has read its configuration. */
  earlyLog: string;
}

export const nginxFiles = (layout: StateLayout): NginxFiles => ({
  prefix: `${layout.nginx}/`,
  conf: layout.nginxConf,
  earlyLog: layout.nginxLog,
});

/** Arguments of the gateway process: in the foreground, so its pid is the master's. */
export const nginxRunArgs = (files: NginxFiles) => [
  '-p',
  files.prefix,
  '-c',
  files.conf,
  '-e',
  files.earlyLog,
  '-g',
  'daemon off;',
];

/** `nginx -t`; throws with nginx's own words when the configuration is refused. */
export function testNginxConfig(nginx: string, files: NginxFiles): void {
  const result = spawnSync(
    nginx,
    ['-t', '-q', '-p', files.prefix, '-c', files.conf, '-e', 'stderr'],
    {
      encoding: 'utf8',
      timeout: 15_000,
    },
  );
  if (result.error !== undefined)
    throw new ClusterError(`nginx -t could not run: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trim();
    throw new ClusterError(
      `nginx refused the rendered configuration ${files.conf}:\n${indent(output)}`,
    );
  }
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
