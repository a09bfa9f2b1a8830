// Finds modules by convention (`modules/<name>/index.ts`, default export a ModuleDefinition),
// validates their names and loads only the enabled ones: a disabled module's code is never
// imported, so it costs nothing and cannot fail the process.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ModuleDefinition } from './module.js';

export const CORE_MODULE = 'core';
const MODULE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Paths under /api/v1 that belong to the application, not to a module. */
const RESERVED_NAMES = new Set(['ws', 'docs']);

export interface ModuleEntry {
  name: string;
  load: () => Promise<ModuleDefinition>;
}

export class ModuleRegistryError extends Error {
  override name = 'ModuleRegistryError';
}

export function isValidModuleName(name: string): boolean {
  return MODULE_NAME.test(name) && !RESERVED_NAMES.has(name);
}

const DEFAULT_MODULES_DIR = fileURLToPath(new URL('../modules/', import.meta.url));

/** One entry per folder of `modulesDir` that holds an `index.ts` (source) or `index.js` (build). */
export function discoverModules(modulesDir: string = DEFAULT_MODULES_DIR): ModuleEntry[] {
  if (!existsSync(modulesDir))
    throw new ModuleRegistryError(`Modules folder not found: ${modulesDir}`);
  const entries: ModuleEntry[] = [];
  for (const dirent of readdirSync(modulesDir, { withFileTypes: true })) {
    if (!dirent.isDirectory()) continue;
    const file = ['index.js', 'index.ts']
      .map((candidate) => join(modulesDir, dirent.name, candidate))
      .find((candidate) => existsSync(candidate));
    if (file === undefined) continue;
    entries.push({ name: dirent.name, load: () => importDefinition(file, dirent.name) });
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

async function importDefinition(file: string, expectedName: string): Promise<ModuleDefinition> {
  const imported = (await import(pathToFileURL(file).href)) as { default?: unknown };
  const definition = imported.default;
  if (!isModuleDefinition(definition)) {
    throw new ModuleRegistryError(
      `Module "${expectedName}" (${file}) must default-export defineModule({ name, description, create })`,
    );
  }
  if (definition.name !== expectedName) {
    throw new ModuleRegistryError(
      `Module in folder "${expectedName}" declares the name "${definition.name}"; the two must match`,
    );
  }
  return definition;
}

function isModuleDefinition(value: unknown): value is ModuleDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.name === 'string' &&
    typeof candidate.description === 'string' &&
    typeof candidate.create === 'function'
  );
}

export class ModuleRegistry {
  private readonly entries = new Map<string, ModuleEntry>();

  constructor(entries: readonly ModuleEntry[]) {
    for (const entry of entries) {
      if (!isValidModuleName(entry.name)) {
        throw new ModuleRegistryError(
          `Invalid module name "${entry.name}": use lowercase letters and digits, words separated by single hyphens (not ${[...RESERVED_NAMES].join(' or ')})`,
        );
      }
      if (this.entries.has(entry.name)) {
        throw new ModuleRegistryError(`Duplicate module name "${entry.name}"`);
      }
      this.entries.set(entry.name, entry);
    }
    if (!this.entries.has(CORE_MODULE)) {
      throw new ModuleRegistryError(`The "${CORE_MODULE}" module is missing`);
    }
  }

  get names(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * The names to load, in order: `core` first, then the requested ones (all when `requested` is
   * undefined). An unknown name is an error that lists what exists.
   */
  resolve(requested: readonly string[] | undefined): string[] {
    const wanted = requested ?? this.names;
    const unknown = wanted.filter((name) => !this.entries.has(name));
    if (unknown.length > 0) {
      throw new ModuleRegistryError(
        `Unknown module${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')} in ENABLED_MODULES; available: ${this.names.join(', ')}`,
      );
    }
    const others = [...new Set(wanted)].filter((name) => name !== CORE_MODULE);
    return [CORE_MODULE, ...others];
  }

  /** Imports the definitions of the given modules, and only those. */
  async load(names: readonly string[]): Promise<ModuleDefinition[]> {
    return Promise.all(
      names.map((name) => {
        const entry = this.entries.get(name);
        if (entry === undefined) throw new ModuleRegistryError(`Unknown module "${name}"`);
        return entry.load();
      }),
    );
  }
}
