import type { Clock } from '../../src/lib/clock.js';

/** A clock the test moves by hand; starts at the real time unless told otherwise. */
export class TestClock implements Clock {
  private current: number;
  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = at.getTime();
  }
  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }
}
