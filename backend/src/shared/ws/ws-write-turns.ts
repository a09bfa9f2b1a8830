// Turns of the event loop in which frames were written. A connection's first frame of a turn
// corks its socket, and the turn's end (the next check phase, after everything published in this
// turn) uncorks it, so the turn's frames leave in one write.

export interface Uncorkable {
  uncork(): void;
}

export interface WriteTurns {
  /** The connection corked its socket this turn: uncork it when the turn ends. */
  corked(connection: Uncorkable): void;
}

export class WriteTurnClock implements WriteTurns {
  private ending = false;
  private corkedConnections: Uncorkable[] = [];

  corked(connection: Uncorkable): void {
    this.corkedConnections.push(connection);
    if (this.ending) return;
    this.ending = true;
    setImmediate(this.end);
  }

  private readonly end = (): void => {
    this.ending = false;
    const corked = this.corkedConnections;
    this.corkedConnections = [];
    for (const connection of corked) connection.uncork();
  };
}
