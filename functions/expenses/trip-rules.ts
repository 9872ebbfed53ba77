import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { nextVersion } from '#shared/clock.ts';
import { daysBetween } from '#shared/calendar.ts';
import { conflict, invalid, notAllowed } from '#shared/domain-errors.ts';
import type { Trip } from './trip-model.ts';

/** Sales admin arranges trips; the manager oversees them. */
export const ARRANGERS = ['sales_admin', 'sales_manager'] as const;

/** A trip ends on or after its first day and lasts at most thirty days. */
export function assertTripDates(trip: { startsOn: string; endsOn: string }): void {
  if (trip.endsOn < trip.startsOn)
    throw invalid([{ in: 'body', path: 'endsOn', message: 'On or after startsOn' }]);
  if (daysBetween(trip.startsOn, trip.endsOn) > 30)
    throw invalid([{ in: 'body', path: 'endsOn', message: 'A trip lasts at most 30 days' }]);
}

/** Who travels: the caller, or the rep that sales admin or the manager names. */
export function travellerOf(caller: Caller, named: string | undefined): string {
  if (named === undefined || named === caller.id) return caller.id;
  if (!hasAnyRole(caller, ARRANGERS)) throw notAllowed('A rep requests their own trips.');
  return named;
}

/** The traveller, sales admin and the manager see a trip. */
export function assertTripReadable(caller: Caller, trip: Pick<Trip, 'id' | 'travellerId'>): void {
  if (trip.travellerId !== caller.id && !hasAnyRole(caller, ARRANGERS))
    throw notAllowed(`Trip ${trip.id} is another employee’s.`);
}

/** Sales admin records a booking: the trip is booked (a cancelled one takes none). */
export function addBooking(trip: Trip, booking: Omit<Trip['bookings'][number], 'at'>, at: string): Trip {
  if (trip.status === 'cancelled') throw conflict(`Trip ${trip.id} is cancelled.`);
  if (trip.bookings.length >= 20) throw conflict(`Trip ${trip.id} has 20 bookings already.`);
  return nextVersion<Trip>(
    { ...trip, status: 'booked', bookings: [...trip.bookings, { ...booking, at }] },
    at,
  );
}

/** Cancelled by its traveller or sales admin, before it ends. */
export function cancelTrip(trip: Trip, at: string): Trip {
  if (trip.status === 'cancelled') throw conflict(`Trip ${trip.id} is cancelled already.`);
  return nextVersion<Trip>({ ...trip, status: 'cancelled' }, at);
}

/** A claim filed for a trip: the traveller's own, on a trip not cancelled. */
export function assertClaimableTrip(trip: Trip | undefined, claimantId: string): asserts trip is Trip {
  if (!trip || trip.travellerId !== claimantId)
    throw invalid([{ in: 'body', path: 'tripId', message: 'Must be one of your trips' }]);
  if (trip.status === 'cancelled')
    throw conflict(`Trip ${trip.id} is cancelled: claims for it cannot be filed.`);
}
