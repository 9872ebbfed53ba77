import { commitChange } from '#shared/change.ts';
import { hasAnyRole } from '#shared/caller.ts';
import { nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters } from '#shared/listing.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import * as z from 'zod/mini';
import { allEmployees, getEmployee } from '../employees/public.ts';
import { reviewPlan } from './consequence-rules.ts';
import { evaluationParams } from './evaluations.ts';
import { coachingPlanListQuery, coachingReviewInput } from './model.ts';
import { coachingPlansByStatus, coachingPlanWrites, getCoachingPlan } from './store.ts';

/**
 * Coaching plans (§5.4.3): a failed rep's plan is reviewed on its day by the sales manager or the
 * rep's supervisor (the re-examination); not improved, the rep is flagged for reassignment or
 * dismissal. The manager sees every plan, a supervisor their reports', a rep their own.
 */
const REVIEWERS = ['sales_manager', 'supervisor'] as const;

const list = defineOperation({
  operationId: 'listCoachingPlans',
  method: 'GET',
  path: '/coaching-plans',
  auth: 'jwt',
  roles: ['sales_manager', 'supervisor', 'sales_rep'],
  query: z.strictObject({ ...coachingPlanListQuery.def.shape, ...pageParameters }),
  async handle({ caller, query }) {
    const { status = 'due', limit, cursor } = query;
    // The manager reads every plan; a supervisor their reports' and their own; a rep their own.
    const readable = hasAnyRole(caller, ['sales_manager'])
      ? undefined
      : [
          caller.id,
          ...(hasAnyRole(caller, ['supervisor'])
            ? (await allEmployees()).filter((person) => person.supervisorId === caller.id).map((p) => p.id)
            : []),
        ];
    return { status: 200, body: await coachingPlansByStatus(status, { limit, cursor }, undefined, readable) };
  },
});

const review = defineOperation({
  operationId: 'reviewCoachingPlan',
  method: 'POST',
  path: '/coaching-plans/{employeeId}/{period}/{run}/review',
  auth: 'jwt',
  roles: REVIEWERS,
  params: evaluationParams,
  body: coachingReviewInput,
  async handle({ caller, params, body }) {
    const plan = found(
      await getCoachingPlan(params.employeeId, params.period, params.run),
      `The coaching plan of ${params.employeeId} from run ${params.run} of ${params.period}`,
    );
    const rep = await getEmployee(plan.employeeId);
    const reviewed = reviewPlan(
      plan,
      body,
      {
        id: caller.id,
        managesAll: hasAnyRole(caller, ['sales_manager']),
        supervises: rep?.supervisorId === caller.id,
      },
      nowIso(),
    );
    await commitChange(coachingPlanWrites(plan, reviewed, caller.id));
    return resourceReply(reviewed);
  },
});

export const coachingOperations: readonly Operation[] = [list, review];
