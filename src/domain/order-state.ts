import { Errors } from '../errors.js';

/**
 * The order lifecycle, in one place and without I/O. Every transition of an order goes through
 * `transition`, which either returns the order's next counters and status or throws
 * invalid_transition / order_full. Slots: `held` counts claims that hold a slot (held, checked in,
 * completed); `started` those checked in or completed; `done` those completed.
 *
 *   draft → open ⇄ filled → in_progress → completed → verified
 *   draft | open | filled → cancelled;  open → expired;  completed → open (reopened)
 */
export type OrderStatus =
  | 'draft'
  | 'open'
  | 'filled'
  | 'in_progress'
  | 'completed'
  | 'verified'
  | 'cancelled'
  | 'expired';

export interface OrderState {
  status: OrderStatus;
  headcount: number;
  held: number;
  started: number;
  done: number;
}

export type OrderCommand =
  | { type: 'publish' }
  | { type: 'edit'; headcount?: number }
  | { type: 'cancel' }
  | { type: 'claim' }
  /** A held claim gives its slot back: withdrawal, no-show. */
  | { type: 'release_slot' }
  | { type: 'check_in' }
  | { type: 'complete_claim' }
  | { type: 'verify' }
  | { type: 'reopen' }
  | { type: 'expire' };

export const terminalStatuses: readonly OrderStatus[] = ['verified', 'cancelled', 'expired'];

function refuse(state: OrderState, command: OrderCommand): never {
  throw Errors.invalidTransition(
    `cannot ${command.type.replace('_', ' ')} an order that is ${state.status}`,
    {
      currentStatus: state.status,
      command: command.type,
    },
  );
}

/** open or filled, whichever the slots say. */
const byCount = (held: number, headcount: number): OrderStatus => (held >= headcount ? 'filled' : 'open');

export function transition(state: OrderState, command: OrderCommand): OrderState {
  const s = state;
  switch (command.type) {
    case 'publish':
      if (s.status !== 'draft') refuse(s, command);
      return { ...s, status: byCount(s.held, s.headcount) };
    case 'edit': {
      if (s.status !== 'draft' && s.status !== 'open') refuse(s, command);
      const headcount = command.headcount ?? s.headcount;
      if (headcount < s.held)
        throw Errors.conflict(`headcount ${headcount} is below the ${s.held} slots already held`);
      return { ...s, headcount, status: s.status === 'draft' ? 'draft' : byCount(s.held, headcount) };
    }
    case 'cancel':
      if (s.status !== 'draft' && s.status !== 'open' && s.status !== 'filled') refuse(s, command);
      return { ...s, status: 'cancelled' };
    case 'claim':
      if (!['open', 'filled', 'in_progress'].includes(s.status)) refuse(s, command);
      if (s.held >= s.headcount) throw Errors.orderFull(`all ${s.headcount} slots are held`);
      // A slot freed after work started can be taken again; the order stays in progress.
      return {
        ...s,
        held: s.held + 1,
        status: s.status === 'in_progress' ? 'in_progress' : byCount(s.held + 1, s.headcount),
      };
    case 'release_slot': {
      if (s.held <= s.started || !['open', 'filled', 'in_progress'].includes(s.status)) refuse(s, command);
      const held = s.held - 1;
      if (s.status !== 'in_progress') return { ...s, held, status: 'open' };
      // The last claim that had not started is gone and every other one is done: the work is complete.
      return { ...s, held, status: s.done === held && held > 0 ? 'completed' : 'in_progress' };
    }
    case 'check_in':
      if (!['open', 'filled', 'in_progress'].includes(s.status) || s.started >= s.held) refuse(s, command);
      return { ...s, started: s.started + 1, status: 'in_progress' };
    case 'complete_claim': {
      if (s.status !== 'in_progress' || s.done >= s.started) refuse(s, command);
      const done = s.done + 1;
      // The order is completed when every slot-holding claim has reported done.
      return { ...s, done, status: done === s.held ? 'completed' : 'in_progress' };
    }
    case 'verify':
      if (s.status !== 'completed') refuse(s, command);
      return { ...s, status: 'verified' };
    case 'reopen':
      if (s.status !== 'completed') refuse(s, command);
      return { ...s, held: 0, started: 0, done: 0, status: 'open' };
    case 'expire':
      if (s.status !== 'open') refuse(s, command);
      return { ...s, status: 'expired' };
  }
}

/** The invariant the property test checks after every command. */
export function stateIsConsistent(s: OrderState): boolean {
  if (!(s.headcount >= 1 && s.headcount <= 500)) return false;
  if (!(s.held >= 0 && s.held <= s.headcount && s.started <= s.held && s.done <= s.started)) return false;
  switch (s.status) {
    case 'draft':
      return s.held === 0;
    case 'open':
      return s.held < s.headcount && s.started === 0;
    case 'filled':
      return s.held === s.headcount && s.started === 0;
    case 'in_progress':
      return s.started >= 1 && s.done < s.held;
    case 'completed':
      return s.held >= 1 && s.done === s.held;
    default:
      return true;
  }
}
