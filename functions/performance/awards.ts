import { causes } from '#shared/change.ts';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import { newResource } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { validationProblem } from '#shared/problem.ts';
import { createdReply, found } from '#shared/resource-replies.ts';
import * as z from 'zod/mini';
import { getEmployee } from '../employees/public.ts';
import { assertAwardable } from './consequence-rules.ts';
import { awardGranted } from './events.ts';
import { type Award, awardListQuery, newAward } from './model.ts';
import { performanceSettings } from './settings.ts';
import { awardWrites, employeeAwards, yearAwards } from './store.ts';

/**
 * Honours and awards (§5.4.2: outstanding sales staff are commended and rewarded with certificates,
 * prizes and cash awards). The sales manager grants them, never to themself; they are the
 * department's to see, as commendations are: anyone in the company reads them.
 */
const grant = defineOperation({
  operationId: 'grantAward',
  method: 'POST',
  path: '/awards',
  auth: 'jwt',
  roles: ['sales_manager'],
  body: newAward,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    assertAwardable(caller.id, body);
    found(await getEmployee(body.employeeId), `Employee ${body.employeeId}`);
    const award: Award = newResource({
      ...body,
      ...(body.value !== undefined ? { currency: performanceSettings().currency } : {}),
      grantedBy: caller.id,
    });
    const { id: awardId, employeeId, period, kind, title } = award;
    return createOnce(
      request,
      awardWrites(award, { events: [causes(awardGranted, { awardId, employeeId, period, kind, title })] }),
      createdReply(`/awards?employeeId=${employeeId}`, award),
    );
  },
});

const list = defineOperation({
  operationId: 'listAwards',
  method: 'GET',
  path: '/awards',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  query: z.strictObject({ ...awardListQuery.def.shape, ...pageParameters }),
  async handle({ query }) {
    const { year, employeeId, ...page } = query;
    if ((year === undefined) === (employeeId === undefined))
      throw validationProblem([{ in: 'query', path: '', message: 'Name either a year or an employeeId' }]);
    return {
      status: 200,
      body: employeeId ? await employeeAwards(employeeId, page) : await yearAwards(year!, page),
    };
  },
});

export const awardOperations: readonly Operation[] = [grant, list];
