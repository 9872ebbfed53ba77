import { commitChange } from '#shared/change.ts';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import { nowIso, newId } from '#shared/clock.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { validationProblem } from '#shared/problem.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { employeeId } from '#shared/schemas.ts';
import * as z from 'zod/mini';
import { getEmployee } from '../employees/public.ts';
import { repEvaluations } from '../performance/public.ts';
import { type CareerPlan, careerPlanInput, type Conversation, conversationInput } from './model.ts';
import { careerAccess, careerPeople } from './rules.ts';
import {
  careerConversations,
  careerPlanWrites,
  conversationWrite,
  getCareerPlan,
  personTraining,
} from './store.ts';

/**
 * Career plans: goals and a path, kept by the person's supervisor or the manager, with the
 * regular career conversations; the file links the person's evaluations (grades and the promotion
 * and training they proposed) and the training they attended.
 */
const params = z.strictObject({ employeeId });

async function personFor(caller: Parameters<typeof careerAccess>[0], id: string, wanted: 'keep' | 'read') {
  const person = found(await getEmployee(id), `Employee ${id}`);
  const access = careerAccess(caller, person);
  if (!access || (wanted === 'keep' && access !== 'keep'))
    throw notAllowed(
      wanted === 'keep'
        ? 'Only the person’s supervisor or the sales manager keep a career plan.'
        : 'Only the person, their supervisor and the sales manager read a career plan.',
    );
  return person;
}

const putPlan = defineOperation({
  operationId: 'putCareerPlan',
  method: 'PUT',
  path: '/careers/{employeeId}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [careerPeople],
  params,
  body: careerPlanInput,
  async handle({ caller, params: { employeeId: id }, body }) {
    await personFor(caller, id, 'keep');
    if (body.currentStep >= body.path.length)
      throw validationProblem([
        { in: 'body', path: 'currentStep', message: 'One of the path’s steps (from 0)' },
      ]);
    const before = await getCareerPlan(id);
    const at = nowIso();
    const after: CareerPlan = {
      employeeId: id,
      goals: body.goals,
      path: body.path,
      currentStep: body.currentStep,
      ...(body.nextConversationOn ? { nextConversationOn: body.nextConversationOn } : {}),
      updatedBy: caller.id,
      version: (before?.version ?? 0) + 1,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    };
    await commitChange(careerPlanWrites(before, after));
    return resourceReply(after);
  },
});

const addConversation = defineOperation({
  operationId: 'recordCareerConversation',
  method: 'POST',
  path: '/careers/{employeeId}/conversations',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [careerPeople],
  params,
  body: conversationInput,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    const id = request.params.employeeId;
    await personFor(caller, id, 'keep');
    const conversation: Conversation = {
      id: newId(),
      employeeId: id,
      heldOn: body.heldOn,
      heldBy: caller.id,
      notes: body.notes,
      agreedActions: body.agreedActions ?? [],
      createdAt: nowIso(),
    };
    return createOnce(request, [conversationWrite(conversation)], {
      status: 201,
      body: conversation,
      headers: { location: `/careers/${id}` },
    });
  },
});

const readFile = defineOperation({
  operationId: 'getCareerFile',
  method: 'GET',
  path: '/careers/{employeeId}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [careerPeople],
  params,
  async handle({ caller, params: { employeeId: id } }) {
    await personFor(caller, id, 'read');
    const year = Number(nowIso().slice(0, 4));
    const [plan, conversations, lastYear, thisYear, training] = await Promise.all([
      getCareerPlan(id),
      careerConversations(id),
      repEvaluations(id, String(year - 1)),
      repEvaluations(id, String(year)),
      personTraining(id),
    ]);
    const evaluations = [...lastYear, ...thisYear]
      .filter((evaluation) => evaluation.status === 'graded')
      .map((evaluation) => {
        const proposals = evaluation.decision ?? evaluation.proposals;
        return {
          period: evaluation.period,
          ...(evaluation.grade ? { grade: evaluation.grade } : {}),
          ...(evaluation.compositeScore !== undefined ? { compositeScore: evaluation.compositeScore } : {}),
          ...(proposals ? { promotionPriority: proposals.promotionPriority } : {}),
          trainingNeeds: proposals?.trainingNeeds ?? [],
        };
      });
    return {
      status: 200,
      body: {
        employeeId: id,
        plan: plan ?? null,
        conversations,
        evaluations,
        training: training.map((attendance) => ({
          sessionId: attendance.sessionId,
          startsAt: attendance.startsAt,
          signedIn: attendance.signedInAt !== undefined,
          ...(attendance.examScore !== undefined ? { examScore: attendance.examScore } : {}),
          ...(attendance.practiceScore !== undefined ? { practiceScore: attendance.practiceScore } : {}),
        })),
      },
    };
  },
});

export const careerOperations: readonly Operation[] = [putPlan, addConversation, readFile];
