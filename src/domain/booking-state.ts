/**
 * The booking state machine. A booking starts `requested` when its resource asks for the owner's
 * approval and `confirmed` otherwise; the owner approves or rejects a request; either side cancels a
 * booking that is still live. Requested, approved and confirmed bookings hold their slot.
 */

export type BookingStatus = 'requested' | 'approved' | 'rejected' | 'confirmed' | 'cancelled';
export type BookingCommand = 'approve' | 'reject' | 'cancel';

/** Statuses that hold the slot: they count against the resource's capacity. */
export const SLOT_HOLDING_BOOKINGS = ['requested', 'approved', 'confirmed'] as const;
/** Statuses of a booking that will take place: its reminder goes out. */
export const GOING_AHEAD_BOOKINGS = ['approved', 'confirmed'] as const;

const transitions: Record<BookingCommand, Partial<Record<BookingStatus, BookingStatus>>> = {
  approve: { requested: 'approved' },
  reject: { requested: 'rejected' },
  cancel: { requested: 'cancelled', approved: 'cancelled', confirmed: 'cancelled' },
};

/** The status a booking starts in. */
export const initialBookingStatus = (requiresApproval: boolean): BookingStatus =>
  requiresApproval ? 'requested' : 'confirmed';

/** The status after the command, or null when the command is not allowed from `from`. */
export function nextBookingStatus(from: BookingStatus, command: BookingCommand): BookingStatus | null {
  return transitions[command][from] ?? null;
}

export const holdsSlot = (status: BookingStatus): boolean =>
  (SLOT_HOLDING_BOOKINGS as readonly string[]).includes(status);
