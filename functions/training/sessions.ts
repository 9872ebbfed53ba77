import { commitChange } from '#shared/change.ts';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import * as z from 'zod/mini';
import { type Caller } from '#shared/caller.ts';
import { etagOf, expectedVersion } from '#shared/conditional.ts';
import { mergePatch } from '#shared/merge-patch.ts';
import { newId, nextVersion, nowIso } from '#shared/clock.ts';
import { conflict, notAllowed } from '#shared/domain-errors.ts';
import { defineOperation, MERGE_PATCH_TYPES, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { validationProblem } from '#shared/problem.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { getEmployee } from '../employees/public.ts';
import { knownAudience } from './surveys.ts';
import {
  type Attendance,
  attendanceInput,
  cancellation,
  feedbackInput,
  newSession,
  type Session,
  sessionPatch,
} from './model.ts';
import {
  cancelSession,
  assertMayGiveFeedback,
  assertMayRecordAttendance,
  checkSessionTimes,
  effectivenessOf,
  planSlot,
  PLANNERS,
  SALES_ROLES,
  sessionRole,
  signInOpen,
  sessionPeople,
} from './rules.ts';
import {
  attendanceRecordWrite,
  feedbackWrite,
  getAttendance,
  getSession,
  sessionAttendances,
  sessionChangeWrites,
  sessionWrites,
  yearPlan,
} from './store.ts';

/**
 * The annual training plan and its sessions: planners put sessions in it (each
 * invited person is emailed a sign-in link); the trainer or sales admin records sign-ins and exam
 * and practice scores; attendees give feedback; the session's file shows its effectiveness.
 */

/** What an attendee's record shows: the person, sign-in, scores, feedback (not the link). */
const attendeeView = ({
  employeeId,
  name,
  signedInAt,
  signedInBy,
  examScore,
  practiceScore,
  feedback,
}: Attendance) => ({
  employeeId,
  name,
  ...(signedInAt ? { signedInAt } : {}),
  ...(signedInBy ? { signedInBy } : {}),
  ...(examScore !== undefined ? { examScore } : {}),
  ...(practiceScore !== undefined ? { practiceScore } : {}),
  ...(feedback ? { feedback } : {}),
});

const plan = defineOperation({
  operationId: 'planTrainingSession',
  method: 'POST',
  path: '/training/sessions',
  auth: 'jwt',
  roles: PLANNERS,
  body: newSession,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    checkSessionTimes(body.startsAt, body.endsAt);
    if (Date.parse(body.startsAt) <= Date.now())
      throw validationProblem([{ in: 'body', path: 'startsAt', message: 'A session is planned ahead' }]);
    const audience = await knownAudience(body.audience);
    if ('employeeId' in body.trainer && !(await getEmployee(body.trainer.employeeId)))
      throw validationProblem([{ in: 'body', path: 'trainer.employeeId', message: 'No such employee' }]);
    const at = nowIso();
    const session: Session = {
      id: newId(),
      ...planSlot(new Date(body.startsAt).toISOString()),
      ...body,
      startsAt: new Date(body.startsAt).toISOString(),
      endsAt: new Date(body.endsAt).toISOString(),
      audience,
      status: 'planned',
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    return createOnce(request, sessionWrites(session, caller.id), {
      status: 201,
      body: session,
      headers: { location: `/training/sessions/${session.id}`, etag: '"1"' },
    });
  },
});

const yearParams = z.strictObject({ year: z.string().check(z.regex(/^20\d\d$/, 'A year such as 2026')) });

const readPlan = defineOperation({
  operationId: 'getTrainingPlan',
  method: 'GET',
  path: '/training/plan/{year}',
  auth: 'jwt',
  roles: SALES_ROLES,
  params: yearParams,
  async handle({ params }) {
    const sessions = await yearPlan(params.year);
    const quarters = [1, 2, 3, 4].map((quarter) => {
      const id = `${params.year}-Q${quarter}`;
      const inQuarter = sessions.filter((session) => session.quarter === id);
      return {
        quarter: id,
        months: [...new Set(inQuarter.map((session) => session.month))].map((month) => ({
          month,
          sessions: inQuarter.filter((session) => session.month === month),
        })),
      };
    });
    return { status: 200, body: { year: params.year, sessions: sessions.length, quarters } };
  },
});

const read = defineOperation({
  operationId: 'getTrainingSession',
  method: 'GET',
  path: '/training/sessions/{id}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [sessionPeople],
  params: idParams,
  async handle({ caller, params }) {
    const session = found(await getSession(params.id), `Session ${params.id}`);
    const role = sessionRole(caller, session);
    if (!role) throw notAllowed('Only planners, the trainer and those invited read a session.');
    const attendances = await sessionAttendances(session.id);
    const attendees = attendances
      // An attendee sees their own record; planners and the trainer see everyone's.
      .filter((attendance) => role !== 'attendee' || attendance.employeeId === caller.id)
      .map(attendeeView);
    return {
      status: 200,
      // The version a change (PATCH with If-Match) is based on.
      headers: { etag: etagOf(session.version) },
      body: { session, attendees, effectiveness: effectivenessOf(attendances) },
    };
  },
});

const record = defineOperation({
  operationId: 'recordTrainingAttendance',
  method: 'POST',
  path: '/training/sessions/{id}/attendance',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [sessionPeople],
  params: idParams,
  body: attendanceInput,
  async handle({ caller, params, body }) {
    const session = found(await getSession(params.id), `Session ${params.id}`);
    assertMayRecordAttendance(caller, session, body.employeeId);
    if (session.status === 'cancelled') throw conflict('The session is cancelled.');
    if (!body.signedIn && body.examScore === undefined && body.practiceScore === undefined)
      throw validationProblem([{ in: 'body', path: '', message: 'A sign-in or a score' }]);
    if (body.signedIn && signInOpen(session, new Date()) === 'early')
      throw conflict('Sign-in opens an hour before the session starts.');
    const at = nowIso();
    try {
      await commit([
        attendanceRecordWrite(session.id, body.employeeId, {
          ...(body.signedIn ? { signedInAt: at, signedInBy: caller.id } : {}),
          ...(body.examScore !== undefined ? { examScore: body.examScore } : {}),
          ...(body.practiceScore !== undefined ? { practiceScore: body.practiceScore } : {}),
        }),
      ]);
    } catch (error) {
      // The invitations are recorded from the session's event: a moment after planning.
      if (error instanceof TransactionCancelled)
        throw conflict('The invitations are still being sent; try again shortly.');
      throw error;
    }
    const attendance = found(await getAttendance(session.id, body.employeeId), 'The attendance');
    return { status: 200, body: attendeeView(attendance) };
  },
});

const feedback = defineOperation({
  operationId: 'giveTrainingFeedback',
  method: 'POST',
  path: '/training/sessions/{id}/feedback',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [sessionPeople],
  params: idParams,
  body: feedbackInput,
  async handle({ caller, params, body }) {
    const session = found(await getSession(params.id), `Session ${params.id}`);
    if (!session.audience.includes(caller.id))
      throw notAllowed('Only those invited give feedback on a session.');
    if (session.status === 'cancelled') throw conflict('The session is cancelled.');
    assertMayGiveFeedback(await getAttendance(session.id, caller.id));
    const given = { rating: body.rating, ...(body.comment ? { comment: body.comment } : {}), at: nowIso() };
    try {
      await commit([feedbackWrite(session.id, caller.id, given)]);
    } catch (error) {
      if (error instanceof TransactionCancelled)
        throw conflict('Your feedback on this session is recorded already.');
      throw error;
    }
    return { status: 200, body: given };
  },
});

/** A session still planned (not cancelled), as the planner read it. */
async function plannedSession(caller: Caller, id: string, headers?: Record<string, string | undefined>) {
  const session = found(await getSession(id), `Session ${id}`);
  if (headers) expectedVersion(headers, session.version);
  if (session.status === 'cancelled') throw conflict('The session is cancelled.');
  return session;
}

const change = defineOperation({
  operationId: 'changeTrainingSession',
  method: 'PATCH',
  path: '/training/sessions/{id}',
  auth: 'jwt',
  roles: PLANNERS,
  params: idParams,
  body: sessionPatch,
  bodyTypes: MERGE_PATCH_TYPES,
  conditional: true,
  async handle({ caller, params, body, headers }) {
    const current = await plannedSession(caller, params.id, headers);
    if (Date.parse(current.endsAt) <= Date.now()) throw conflict('The session is over.');
    const patched = mergePatch(current, body);
    const startsAt = new Date(patched.startsAt).toISOString();
    const endsAt = new Date(patched.endsAt).toISOString();
    checkSessionTimes(startsAt, endsAt);
    const next = nextVersion({ ...patched, startsAt, endsAt, ...planSlot(startsAt) });
    await commitChange(sessionChangeWrites(current, next, caller.id, 'changed'));
    return resourceReply(next);
  },
});

const cancel = defineOperation({
  operationId: 'cancelTrainingSession',
  method: 'POST',
  path: '/training/sessions/{id}/cancel',
  auth: 'jwt',
  roles: PLANNERS,
  params: idParams,
  body: cancellation,
  async handle({ caller, params, body }) {
    const current = await plannedSession(caller, params.id);
    const next = cancelSession(current, body.reason, nowIso());
    await commitChange(sessionChangeWrites(current, next, caller.id, 'cancelled'));
    return resourceReply(next);
  },
});

export const sessionOperations: readonly Operation[] = [
  plan,
  readPlan,
  read,
  change,
  cancel,
  record,
  feedback,
];
