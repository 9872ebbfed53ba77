import { describe, expect, it } from 'vitest';
import type { Caller } from '../../functions/shared/caller.ts';
import type { Trip } from '../../functions/expenses/trip-model.ts';
import {
  addBooking,
  assertClaimableTrip,
  assertTripDates,
  assertTripReadable,
  cancelTrip,
  travellerOf,
} from '../../functions/expenses/trip-rules.ts';
import { statusOf } from '../support/rules.ts';

const as = (id: string, ...roles: Caller['roles'] extends ReadonlySet<infer R> ? R[] : never): Caller => ({
  id,
  email: undefined,
  roles: new Set(roles),
});
const trip: Trip = {
  id: 'T1',
  travellerId: 'REP',
  destination: '西安',
  startsOn: '2026-12-10',
  endsOn: '2026-12-12',
  purpose: '拜访新能源客户',
  customerIds: ['C1'],
  status: 'requested',
  bookings: [],
  requestedBy: 'REP',
  version: 1,
  createdAt: 'T',
  updatedAt: 'T',
};

describe('business trips (§2.3.5)', () => {
  it('last from their first day to at most thirty days on', () => {
    expect(statusOf(() => assertTripDates({ startsOn: '2026-12-10', endsOn: '2026-12-10' }))).toBe('ok');
    expect(statusOf(() => assertTripDates({ startsOn: '2026-12-10', endsOn: '2026-12-09' }))).toBe(400);
    expect(statusOf(() => assertTripDates({ startsOn: '2026-12-10', endsOn: '2027-01-09' }))).toBe('ok');
    expect(statusOf(() => assertTripDates({ startsOn: '2026-12-10', endsOn: '2027-01-10' }))).toBe(400);
  });

  it('are requested by the traveller, or by sales admin or the manager for a rep; read by them', () => {
    expect(travellerOf(as('REP', 'sales_rep'), undefined)).toBe('REP');
    expect(statusOf(() => travellerOf(as('REP', 'sales_rep'), 'REP2'))).toBe(403);
    expect(travellerOf(as('ADM', 'sales_admin'), 'REP')).toBe('REP');
    expect(statusOf(() => assertTripReadable(as('REP', 'sales_rep'), trip))).toBe('ok');
    expect(statusOf(() => assertTripReadable(as('MGR', 'sales_manager'), trip))).toBe('ok');
    expect(statusOf(() => assertTripReadable(as('REP2', 'sales_rep'), trip))).toBe(403);
  });

  it('are booked by sales admin until cancelled, and take claims only from their traveller', () => {
    const booked = addBooking(trip, { kind: 'hotel', details: '2 晚', bookedBy: 'ADM' }, 'T1');
    expect(booked).toMatchObject({ status: 'booked', version: 2, bookings: [{ kind: 'hotel', at: 'T1' }] });
    const cancelled = cancelTrip(booked, 'T2');
    expect(cancelled.status).toBe('cancelled');
    expect(
      statusOf(() => addBooking(cancelled, { kind: 'train', details: 'G1', bookedBy: 'ADM' }, 'T3')),
    ).toBe(409);
    expect(statusOf(() => cancelTrip(cancelled, 'T3'))).toBe(409);
    expect(statusOf(() => assertClaimableTrip(booked, 'REP'))).toBe('ok');
    expect(statusOf(() => assertClaimableTrip(booked, 'REP2'))).toBe(400);
    expect(statusOf(() => assertClaimableTrip(undefined, 'REP'))).toBe(400);
    expect(statusOf(() => assertClaimableTrip(cancelled, 'REP'))).toBe(409);
  });
});
