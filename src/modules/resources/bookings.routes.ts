import { crudRoutes, idParams } from '../../http/crud-routes.js';
import { type OperationId, routesOf } from '../../http/operation.js';
import {
  bookingReasonBody,
  bookingSchema,
  createBookingBody,
  listBookingsQuery,
  listResourceBookingsQuery,
} from './resources.schemas.js';

const sees =
  'Officers, community staff and region-scoped ops keys see the bookings of resources owned in their subtree and those booked by a unit or community located in it; a unit admin the bookings of its unit’s resources and its unit’s own; members none. Anything else is 404.';

/** Bookings of resources: booking a slot, the owner's approval, cancellation. */
export const bookingsRoutes = routesOf({ tags: ['resources'] }, (operation, { services: { bookings } }) => {
  crudRoutes(operation, {
    path: '/resources/:id/bookings',
    item: bookingSchema,
    service: { create: bookings.create, list: bookings.listOfResource },
    create: {
      operationId: 'createBooking',
      summary: 'Book a slot of a resource for a unit or a community',
      description:
        'Community staff for their community, unit admins for their unit, admins for any (403 for other roles). The booker must be admitted by the resource’s rule (403 booking_not_allowed): paired (the communities paired with the owning unit on the slot’s day; for a community’s resource the units paired with it), street or district (a community in that area, a unit sitting in it or paired with one of its communities); the owner may always book its own. The slot [startsAt, endsAt) starts in the future (422 slot_in_past), lies inside one opening interval in the resource’s time zone (422 outside_opening_hours), and overlaps fewer held bookings than the capacity (409 slot_unavailable); an inactive resource takes none (409 resource_inactive). Requested, approved and confirmed bookings hold their slot: a request waiting for approval holds it too. The booking is confirmed at once, or requested when the resource asks for approval. Bookings of one resource are decided one at a time under its row lock, so two bookers racing for the last place: one wins, the other gets 409. Audited (booking.confirmed or booking.requested).',
      body: createBookingBody,
    },
    list: {
      operationId: 'listResourceBookings',
      summary: "List a resource's bookings the key sees",
      description: `Any key that sees the resource (404 otherwise). ${sees} Oldest first; from and to keep the bookings overlapping [from, to).`,
      query: listResourceBookingsQuery,
      problems: [400, 401, 404],
    },
  });

  crudRoutes(operation, {
    path: '/bookings',
    item: bookingSchema,
    service: { list: bookings.list, get: bookings.get },
    list: {
      operationId: 'listBookings',
      summary: 'List the bookings in scope',
      description: `Any key. ${sees} Oldest first; filter by status and resource; from and to keep the bookings overlapping [from, to).`,
      query: listBookingsQuery,
    },
    get: { operationId: 'getBooking', summary: 'Read a booking', description: `Any key. ${sees}` },
  });

  const transition = (
    name: 'approve' | 'reject' | 'cancel',
    operationId: OperationId,
    summary: string,
    description: string,
  ) =>
    operation(
      {
        method: 'POST',
        url: `/bookings/:id/${name}`,
        operationId,
        summary,
        description: `${description} 404 for a booking the key does not see; 409 invalid_transition from another status. The reason, when given, is kept.`,
        params: idParams,
        body: bookingReasonBody,
        responses: { 200: bookingSchema },
        problems: [400, 401, 403, 404, 409, 413, 415],
      },
      ({ caller, params, body }) => bookings[name](caller, params.id, body),
    );

  transition(
    'approve',
    'approveBooking',
    'Approve a requested booking',
    'The owner of the resource (its unit’s admins, its community’s staff, admins; 403 otherwise). Only a requested booking. Its reminder is planned. Audited (booking.approved).',
  );
  transition(
    'reject',
    'rejectBooking',
    'Reject a requested booking; its slot is freed',
    'The owner of the resource (403 otherwise). Only a requested booking. Audited (booking.rejected).',
  );
  transition(
    'cancel',
    'cancelBooking',
    'Cancel a booking; its slot is freed',
    'Either side: the owner of the resource or the booker (its unit’s admins, its community’s staff), admins (403 otherwise). A requested, approved or confirmed booking; no reminder goes out after it. Audited (booking.cancelled, with who cancelled it).',
  );
});
