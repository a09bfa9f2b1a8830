// Turns of the event loop in which frames were written. A connection's first frame of a turn is
// written at once; a second one corks its socket, and the turn's end (the next check phase, after
// everything published in this turn) uncorks it, so the turn's frames leave in one write.

export interface Uncorkable {
  uncork(): void;
}

export interface WriteTurns {
  /** The current turn's number. */
  readonly current: number;
  /** A frame was written this turn: the turn must end (and the number move on). */
  wrote(): void;
  /** The connection corked its socket this turn: uncork it when the turn ends. */
  corked(connection: Uncorkable): void;
}

export class WriteTurnClock implements WriteTurns {
  current = 0;
  private ending = false;
  private corkedConnections: Uncorkable[] = [];

  wrote(): void {
    if (this.ending) return;
    this.ending = true;
    setImmediate(this.end);
  }

  corked(connection: Uncorkable): void {
    this.corkedConnections.push(connection);
    this.wrote();
  }

  private readonly end = (): void => {
    this.ending = false;
    this.current++;
    const corked = this.corkedConnections;
    this.corkedConnections = [];
    for (const connection of corked) connection.uncork();
  };
}
