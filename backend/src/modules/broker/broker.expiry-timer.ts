// When DAY and GTD orders expire (docs/broker.md#durations): each account's earliest expiry in one time-ordered
// queue, and one timer for the earliest of all — nothing scans orders or accounts. An account
// is noted again after each of its changes (its earliest expiry may have moved).
import { ExpiryQueue } from '@trading-pro/contract/paper';
import type { AccountDesk } from './broker.desk.js';

/** setTimeout's longest delay; a later expiry is re-armed when this one fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export class ExpiryTimer {
  private readonly queue = new ExpiryQueue<string>();
  private readonly earliest = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private armedAt: number | undefined;
  private closed = false;

  constructor(
    private readonly desk: AccountDesk,
    private readonly now: () => number,
  ) {}

  /** The account's earliest expiry is now `at` (undefined: none). */
  note(accountId: string, at: number | undefined): void {
    if (at === undefined) {
      this.earliest.delete(accountId);
      return;
    }
    if (this.earliest.get(accountId) === at) return;
    this.earliest.set(accountId, at);
    this.queue.push(at, accountId);
    if (this.armedAt === undefined || at < this.armedAt) this.arm();
  }

  private arm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.armedAt = undefined;
    const top = this.queue.peek((id, at) => this.earliest.get(id) === at);
    if (top === undefined || this.closed) return;
    this.armedAt = top.at;
    this.timer = setTimeout(
      () => this.fire(),
      Math.min(MAX_DELAY_MS, Math.max(0, top.at - this.now())),
    );
    this.timer.unref();
  }

  private fire(): void {
    this.timer = undefined;
    this.armedAt = undefined;
    const now = this.now();
    const due: string[] = [];
    for (;;) {
      const top = this.queue.peek((id, at) => this.earliest.get(id) === at);
      if (top === undefined || top.at > now) break;
      this.queue.pop();
      this.earliest.delete(top.id);
      due.push(top.id);
    }
    this.desk.expire(due);
    this.arm();
  }

  close(): void {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
  }
}
