import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type OrderCommand,
  type OrderState,
  type OrderStatus,
  stateIsConsistent,
  transition,
} from '../../src/domain/order-state.js';
import { AppError } from '../../src/errors.js';

const base = (o: Partial<OrderState> = {}): OrderState => ({
  status: 'open',
  headcount: 2,
  held: 0,
  started: 0,
  done: 0,
  ...o,
});
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? e.code : 'unexpected';
  }
};

describe('order state machine', () => {
  it('follows the happy path draft → open → filled → in progress → completed → verified', () => {
    let s = base({ status: 'draft' });
    s = transition(s, { type: 'publish' });
    expect(s.status).toBe('open');
    s = transition(s, { type: 'claim' });
    expect(s).toMatchObject({ status: 'open', held: 1 });
    s = transition(s, { type: 'claim' });
    expect(s).toMatchObject({ status: 'filled', held: 2 });
    s = transition(s, { type: 'check_in' });
    expect(s.status).toBe('in_progress');
    s = transition(s, { type: 'check_in' });
    s = transition(s, { type: 'complete_claim' });
    expect(s.status).toBe('in_progress');
    s = transition(s, { type: 'complete_claim' });
    expect(s.status).toBe('completed');
    expect(transition(s, { type: 'verify' }).status).toBe('verified');
  });

  it('goes back to open when a claim is released from a filled order', () => {
    const s = transition(base({ status: 'filled', held: 2 }), { type: 'release_slot' });
    expect(s).toMatchObject({ status: 'open', held: 1 });
  });

  it('completes an order in progress when the last unstarted claim is released and the rest are done', () => {
    const s = transition(base({ status: 'in_progress', held: 2, started: 1, done: 1 }), {
      type: 'release_slot',
    });
    expect(s).toMatchObject({ status: 'completed', held: 1 });
  });

  it('reopens a completed order with every slot free', () => {
    expect(
      transition(base({ status: 'completed', held: 2, started: 2, done: 2 }), { type: 'reopen' }),
    ).toMatchObject({ status: 'open', held: 0, started: 0, done: 0 });
  });

  const statuses: OrderStatus[] = [
    'draft',
    'open',
    'filled',
    'in_progress',
    'completed',
    'verified',
    'cancelled',
    'expired',
  ];
  const allowed: Record<string, OrderStatus[]> = {
    publish: ['draft'],
    cancel: ['draft', 'open', 'filled'],
    verify: ['completed'],
    reopen: ['completed'],
    expire: ['open'],
    edit: ['draft', 'open'],
  };
  for (const [command, from] of Object.entries(allowed)) {
    it(`allows ${command} only from ${from.join(', ')}`, () => {
      for (const status of statuses) {
        const state =
          status === 'completed' ? base({ status, held: 1, started: 1, done: 1 }) : base({ status });
        const result = codeOf(() => transition(state, { type: command } as OrderCommand));
        expect([status, result]).toEqual([status, from.includes(status) ? 'ok' : 'invalid_transition']);
      }
    });
  }

  it('answers order_full for a claim on a filled order, invalid_transition on a draft or closed one', () => {
    expect(codeOf(() => transition(base({ status: 'filled', held: 2 }), { type: 'claim' }))).toBe(
      'order_full',
    );
    for (const status of ['draft', 'completed', 'verified', 'cancelled', 'expired'] as const)
      expect(codeOf(() => transition(base({ status }), { type: 'claim' }))).toBe('invalid_transition');
  });

  it('refuses a headcount below the slots already held', () => {
    expect(codeOf(() => transition(base({ held: 2, headcount: 3 }), { type: 'edit', headcount: 1 }))).toBe(
      'conflict',
    );
    expect(transition(base({ held: 2, headcount: 3 }), { type: 'edit', headcount: 2 }).status).toBe('filled');
  });

  it('never reaches a state that breaks an invariant, whatever the sequence of commands (property)', () => {
    const command: fc.Arbitrary<OrderCommand> = fc.oneof(
      fc.constantFrom<OrderCommand>(
        { type: 'publish' },
        { type: 'cancel' },
        { type: 'claim' },
        { type: 'release_slot' },
        { type: 'check_in' },
        { type: 'complete_claim' },
        { type: 'verify' },
        { type: 'reopen' },
        { type: 'expire' },
      ),
      fc.integer({ min: 1, max: 6 }).map((headcount): OrderCommand => ({ type: 'edit', headcount })),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(command, { maxLength: 60 }),
        (headcount, commands) => {
          let s: OrderState = { status: 'draft', headcount, held: 0, started: 0, done: 0 };
          for (const c of commands) {
            const before = s;
            try {
              s = transition(s, c);
            } catch (e) {
              // A refused command leaves the state as it was, and is refused with a catalogue error.
              expect(e).toBeInstanceOf(AppError);
              expect(s).toBe(before);
            }
            expect(stateIsConsistent(s)).toBe(true);
            expect(s.held).toBeLessThanOrEqual(s.headcount);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
