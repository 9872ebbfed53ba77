import * as z from 'zod/mini';
import { money } from '#shared/money.ts';
import { dateWithin, employeeId, line, named, text, ulidId } from '#shared/schemas.ts';

/**
 * Business trips (§2.3.5: sales admin arranges reps' trips, books hotels and tickets): a rep's
 * request (where, when, why, which customers), the bookings sales admin records, and what the trip
 * led to: its expense claims and the revisits made on it.
 */
export const TRIP_STATUSES = ['requested', 'booked', 'cancelled'] as const;
export const BOOKING_KINDS = ['hotel', 'train', 'flight', 'car', 'other'] as const;

export const newTrip = z.strictObject({
  /** The rep who travels: the caller unless sales admin or the manager names one. */
  travellerId: z.optional(employeeId),
  destination: line(200),
  /** Not in the past; a trip lasts at most 30 days. */
  startsOn: dateWithin(1),
  endsOn: dateWithin(1),
  purpose: text(2000),
  /** The customers to visit (ones the traveller may see). */
  customerIds: z._default(z.array(ulidId).check(z.maxLength(20)), []),
});
export type NewTrip = z.output<typeof newTrip>;

export const newBooking = z.strictObject({
  kind: z.enum(BOOKING_KINDS),
  /** E.g. the hotel and its nights, the train and its seat. */
  details: line(500),
  reference: z.optional(line(100)),
  cost: z.optional(money),
});

export const booking = z.object({
  kind: z.enum(BOOKING_KINDS),
  details: z.string(),
  reference: z.optional(z.string()),
  cost: z.optional(z.object({ value: z.int(), currency: z.string() })),
  bookedBy: z.string(),
  at: z.string(),
});

export const trip = named(
  'Trip',
  z.object({
    id: z.string(),
    travellerId: z.string(),
    destination: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    purpose: z.string(),
    customerIds: z.array(z.string()),
    status: z.enum(TRIP_STATUSES),
    bookings: z.array(booking),
    requestedBy: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Trip = z.output<typeof trip>;

export const tripListQuery = z.strictObject({
  status: z.optional(z.enum(TRIP_STATUSES)),
  /** Another rep's trips (sales admin and the manager); the caller's own otherwise, or `all`. */
  traveller: z.optional(employeeId),
});

export const tripIdParams = z.strictObject({ id: ulidId });
