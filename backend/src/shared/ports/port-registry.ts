// Where modules offer and find each other's ports inside one process. A consumer looks a port up
// when it needs it (not at creation), so module creation order does not matter; an absent port
// means the providing module is not loaded here.
import type { QuoteSource } from './quote-source.js';

/** Every port, by name. */
export interface Ports {
  quoteSource: QuoteSource;
}

export class PortRegistry {
  private readonly provided = new Map<keyof Ports, Ports[keyof Ports]>();

  provide<K extends keyof Ports>(name: K, implementation: Ports[K]): void {
    if (this.provided.has(name)) throw new Error(`Port "${name}" is already provided`);
    this.provided.set(name, implementation);
  }

  get<K extends keyof Ports>(name: K): Ports[K] | undefined {
    return this.provided.get(name) as Ports[K] | undefined;
  }
}
