import { hasAnyRole } from '#shared/caller.ts';
import { commitChange } from '#shared/change.ts';
import { newResource, nowIso } from '#shared/clock.ts';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { forbidden } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import * as z from 'zod/mini';
import { completedRevisits } from '../care/public.ts';
import { visibleCustomer } from '../customers/public.ts';
import { getEmployee } from '../employees/public.ts';
import { getTrip, listTrips, tripClaims, tripWrites } from './store.ts';
import { newBooking, newTrip, type Trip, tripIdParams, tripListQuery } from './trip-model.ts';
import {
  addBooking,
  ARRANGERS,
  assertTripDates,
  assertTripReadable,
  cancelTrip,
  travellerOf,
} from './trip-rules.ts';

/**
 * Business trips (§2.3.5): a rep requests a trip (sales admin or the manager may for a rep); sales
 * admin records its hotel and ticket bookings; a claim names its trip (`tripId`), and the trip shows
 * its claims and the revisits its traveller completed for its customers during it.
 */
const TRAVELLERS = ['sales_rep', 'sales_manager', 'sales_admin', 'supervisor'] as const;

const request = defineOperation({
  operationId: 'requestTrip',
  method: 'POST',
  path: '/trips',
  auth: 'jwt',
  roles: TRAVELLERS,
  body: newTrip,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    assertTripDates(body);
    const travellerId = travellerOf(caller, body.travellerId);
    const traveller = found(await getEmployee(travellerId), `Employee ${travellerId}`);
    // The customers to visit are ones the traveller may see.
    const asTraveller = { id: traveller.id, email: traveller.email, roles: new Set(traveller.roles) };
    for (const customerId of new Set(body.customerIds)) await visibleCustomer(asTraveller, customerId);
    const trip: Trip = newResource({
      ...body,
      customerIds: [...new Set(body.customerIds)],
      travellerId,
      status: 'requested' as const,
      bookings: [],
      requestedBy: caller.id,
    });
    return createOnce(
      request,
      tripWrites(undefined, trip, caller.id),
      createdReply(`/trips/${trip.id}`, trip),
    );
  },
});

const list = defineOperation({
  operationId: 'listTrips',
  method: 'GET',
  path: '/trips',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  query: z.strictObject({ ...tripListQuery.def.shape, ...pageParameters }),
  async handle({ caller, query }) {
    const { status, traveller = caller.id, limit, cursor } = query;
    if (traveller !== caller.id && !hasAnyRole(caller, ARRANGERS))
      throw forbidden('Sales admin and the manager see others’ trips; everyone sees their own.');
    const scope = traveller === 'all' ? 'department' : { ownerId: traveller };
    return { status: 200, body: await listTrips(scope, status, { limit, cursor }) };
  },
});

const read = defineOperation({
  operationId: 'getTrip',
  method: 'GET',
  path: '/trips/{id}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  params: tripIdParams,
  async handle({ caller, params }) {
    const trip = found(await getTrip(params.id), `Trip ${params.id}`);
    assertTripReadable(caller, trip);
    const [claims, revisits] = await Promise.all([
      tripClaims(trip),
      completedRevisits(trip.travellerId, trip.customerIds, trip.startsOn, trip.endsOn),
    ]);
    return { status: 200, body: { ...trip, claims, revisits } };
  },
});

const book = defineOperation({
  operationId: 'bookTrip',
  method: 'POST',
  path: '/trips/{id}/bookings',
  auth: 'jwt',
  roles: ['sales_admin'],
  params: tripIdParams,
  body: newBooking,
  async handle({ caller, params, body }) {
    const trip = found(await getTrip(params.id), `Trip ${params.id}`);
    const booked = addBooking(trip, { ...body, bookedBy: caller.id }, nowIso());
    await commitChange(tripWrites(trip, booked, caller.id));
    return resourceReply(booked);
  },
});

const cancel = defineOperation({
  operationId: 'cancelTrip',
  method: 'POST',
  path: '/trips/{id}/cancel',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  params: tripIdParams,
  async handle({ caller, params }) {
    const trip = found(await getTrip(params.id), `Trip ${params.id}`);
    assertTripReadable(caller, trip);
    const cancelled = cancelTrip(trip, nowIso());
    await commitChange(tripWrites(trip, cancelled, caller.id));
    return resourceReply(cancelled);
  },
});

export const tripOperations: readonly Operation[] = [request, list, read, book, cancel];
