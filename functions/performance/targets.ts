import { commitChange } from '#shared/change.ts';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import * as z from 'zod/mini';
import { hasAnyRole } from '#shared/caller.ts';
import { nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { employeeId } from '#shared/schemas.ts';
import { commit } from '#shared/transaction.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { validationProblem } from '#shared/problem.ts';
import { allEmployees, getEmployee } from '../employees/public.ts';
import { marketSizesInput, SUMMED, type Targets, targetsInput } from './model.ts';
import { assertMayRead, splitAnnual, ownFigures } from './rules.ts';
import { performanceSettings } from './settings.ts';
import { getTargets, marketSizeWrite, targetsWrites, yearMarketSizes, yearTargets } from './store.ts';

/**
 * Targets (R-4.1, R-0.2): the sales manager sets each rep's annual targets, split into months
 * (evenly or by seasonal weights; the parts always add up); a team's targets are the sum of its
 * reps'. Market sizes by region make market share measurable.
 */
const year = z.string().check(z.regex(/^20\d\d$/, 'Must be a year, e.g. 2026'));
const targetParams = z.strictObject({ employeeId, year });

const put = defineOperation({
  operationId: 'setTargets',
  method: 'PUT',
  path: '/performance/targets/{employeeId}/{year}',
  auth: 'jwt',
  roles: ['sales_manager'],
  params: targetParams,
  body: targetsInput,
  async handle({ caller, params, body }) {
    const employee = found(await getEmployee(params.employeeId), `Employee ${params.employeeId}`);
    if (!employee.roles.includes('sales_rep')) throw notAllowed(`${employee.id} is not a sales rep.`);
    const before = await getTargets(employee.id, params.year);
    const weights = body.split === 'even' ? undefined : body.split.monthWeights;
    const at = nowIso();
    const { split, ...amounts } = body;
    const targets: Targets = {
      employeeId: employee.id,
      year: params.year,
      currency: performanceSettings().currency,
      ...amounts,
      split,
      months: Object.fromEntries(
        SUMMED.map((key) => [key, splitAnnual(body[key], weights)]),
      ) as Targets['months'],
      setBy: caller.id,
      version: (before?.version ?? 0) + 1,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    };
    await commitChange(targetsWrites(before, targets, caller.id));
    return resourceReply(targets);
  },
});

const read = defineOperation({
  operationId: 'getTargets',
  method: 'GET',
  path: '/performance/targets/{employeeId}/{year}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownFigures],
  params: targetParams,
  async handle({ caller, params }) {
    const employee = found(await getEmployee(params.employeeId), `Employee ${params.employeeId}`);
    assertMayRead(caller, employee);
    return resourceReply(
      found(await getTargets(employee.id, params.year), `Targets of ${employee.id} for ${params.year}`),
    );
  },
});

/** A team's targets: the sum of its reps' (the supervisor's own team, or any for the managers). */
const team = defineOperation({
  operationId: 'getTeamTargets',
  method: 'GET',
  path: '/performance/targets',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownFigures],
  query: z.strictObject({ year, supervisorId: employeeId }),
  async handle({ caller, query }) {
    if (!hasAnyRole(caller, ['sales_manager', 'general_manager']) && query.supervisorId !== caller.id)
      throw notAllowed('A supervisor reads the roll-up of their own team.');
    const members = new Set(
      (await allEmployees()).filter((person) => person.supervisorId === query.supervisorId).map((p) => p.id),
    );
    const reps = (await yearTargets(query.year)).filter((targets) => members.has(targets.employeeId));
    const sum = (key: (typeof SUMMED)[number]) => reps.reduce((total, targets) => total + targets[key], 0);
    return {
      status: 200,
      body: {
        year: query.year,
        supervisorId: query.supervisorId,
        currency: performanceSettings().currency,
        reps: reps.map((targets) => targets.employeeId),
        ...Object.fromEntries(SUMMED.map((key) => [key, sum(key)])),
        months: Object.fromEntries(
          SUMMED.map((key) => [
            key,
            Array.from({ length: 12 }, (_, month) =>
              reps.reduce((total, targets) => total + targets.months[key][month]!, 0),
            ),
          ]),
        ),
      },
    };
  },
});

const yearParams = z.strictObject({ year });

const putMarket = defineOperation({
  operationId: 'setMarketSizes',
  method: 'PUT',
  path: '/performance/market-sizes/{year}',
  auth: 'jwt',
  roles: ['sales_manager'],
  params: yearParams,
  body: marketSizesInput,
  async handle({ caller, params, body }) {
    const at = nowIso();
    const currency = performanceSettings().currency;
    const sizes = body.regions.map((entry) => ({
      year: params.year,
      ...entry,
      currency,
      setBy: caller.id,
      updatedAt: at,
    }));
    if (new Set(sizes.map((size) => size.region)).size !== sizes.length)
      throw validationProblem([{ in: 'body', path: 'regions', message: 'Each region once' }]);
    await commit(sizes.map(marketSizeWrite));
    return {
      status: 200,
      body: { year: params.year, currency, regions: await yearMarketSizes(params.year) },
    };
  },
});

const readMarket = defineOperation({
  operationId: 'getMarketSizes',
  method: 'GET',
  path: '/performance/market-sizes/{year}',
  auth: 'jwt',
  roles: ['sales_manager', 'general_manager', 'supervisor', 'sales_rep'],
  params: yearParams,
  async handle({ params }) {
    return {
      status: 200,
      body: {
        year: params.year,
        currency: performanceSettings().currency,
        regions: await yearMarketSizes(params.year),
      },
    };
  },
});

export const targetOperations: readonly Operation[] = [put, read, team, putMarket, readMarket];
