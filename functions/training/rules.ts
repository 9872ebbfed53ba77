import { nextVersion } from '#shared/clock.ts';
import { defineOwnership } from '#shared/access.ts';
import { localDate, timeZone } from '#shared/calendar.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { conflict, invalid, notAllowed } from '#shared/domain-errors.ts';
import type { Role } from '#shared/roles.ts';
import { type Attendance, type Session, type SurveyResponse, TOPICS } from './model.ts';

/**
 * Training and careers' pure rules (R-5): who plans and who reads, a session's place in the plan,
 * when sign-in is open, what a survey's answers and a session's scores add up to.
 */

/** Who plans training, opens surveys and reads their results. */
export const PLANNERS: readonly Role[] = ['sales_manager', 'sales_admin'];
/** Who a survey asks by default, and who may read the plan. */
export const SALES_ROLES: readonly Role[] = ['sales_manager', 'sales_rep', 'supervisor', 'sales_admin'];

/** Sign-in opens this long before a session starts. */
const SIGN_IN_EARLY_MS = 60 * 60_000;

/** The year, quarter and month of the plan a session falls in (company time zone). */
export function planSlot(startsAt: string) {
  const date = localDate(new Date(startsAt), timeZone());
  const month = date.slice(0, 7);
  return {
    year: date.slice(0, 4),
    quarter: `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`,
    month,
  };
}

/** A session ends after it starts, within three days. */
export function checkSessionTimes(startsAt: string, endsAt: string) {
  const length = Date.parse(endsAt) - Date.parse(startsAt);
  if (!(length > 0 && length <= 3 * 86_400_000))
    throw invalid([{ in: 'body', path: 'endsAt', message: 'After startsAt, within three days' }]);
}

/** When a sign-in link works: from an hour before the start to the end. */
export function signInOpen(
  session: Pick<Session, 'startsAt' | 'endsAt'>,
  now: Date,
): 'early' | 'open' | 'over' {
  if (now.getTime() < Date.parse(session.startsAt) - SIGN_IN_EARLY_MS) return 'early';
  return now.getTime() <= Date.parse(session.endsAt) ? 'open' : 'over';
}

/** Checked by `sessionRole`. */
export const sessionPeople = defineOwnership(
  'session’s people',
  'Planners (sales admin, the manager), the trainer and those invited read a session; planners and the trainer record attendance and scores; those invited give feedback.',
);

/** Checked by `careerAccess`. */
export const careerPeople = defineOwnership(
  'career file’s people',
  'The person reads their career file; their supervisor and the sales manager keep it.',
);

/** Planners, the trainer and the audience read a session; planners and the trainer record attendance. */
export function sessionRole(
  caller: Caller,
  session: Session,
): 'planner' | 'trainer' | 'attendee' | undefined {
  if (hasAnyRole(caller, PLANNERS)) return 'planner';
  if (session.trainer.employeeId === caller.id) return 'trainer';
  if (session.audience.includes(caller.id)) return 'attendee';
  return undefined;
}

export function assertMayRecordAttendance(caller: Caller, session: Session, employeeId: string) {
  const role = sessionRole(caller, session);
  if (role !== 'planner' && role !== 'trainer')
    throw notAllowed('Only the trainer and sales admin or the manager record attendance and scores.');
  if (!session.audience.includes(employeeId)) throw conflict(`${employeeId} is not invited to this session.`);
}

/** Feedback is the attendee's own, once they were there. */
export function assertMayGiveFeedback(attendance: Attendance | undefined) {
  if (!attendance) throw notAllowed('Only those invited give feedback on a session.');
  if (!attendance.signedInAt) throw conflict('Sign in at the session before giving feedback.');
  if (attendance.feedback) throw conflict('Your feedback on this session is recorded already.');
}

/** A career plan: the person reads it; their supervisor and the manager keep it. */
export function careerAccess(
  caller: Caller,
  person: { id: string; supervisorId?: string },
): 'keep' | 'read' | undefined {
  if (caller.roles.has('sales_manager') || person.supervisorId === caller.id)
    return caller.id === person.id ? 'read' : 'keep';
  return caller.id === person.id ? 'read' : undefined;
}

const mean = (values: number[]) =>
  values.length
    ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100
    : undefined;

/** A survey's answers per topic: how many rate it 4 or 5, and the mean need in hundredths. */
export function surveyTopics(responses: readonly SurveyResponse[]) {
  const answered = responses.filter((response) => response.needs);
  return TOPICS.map((topic) => {
    const levels = answered.map((response) => response.needs![topic]);
    const average = mean(levels);
    return {
      topic,
      high: levels.filter((level) => level >= 4).length,
      ...(average !== undefined ? { meanHundredths: Math.round(average * 100) } : {}),
    };
  });
}

/** A session's effectiveness: attendance, mean exam and practice scores, mean feedback. */
export function effectivenessOf(attendances: readonly Attendance[]) {
  const signedIn = attendances.filter((attendance) => attendance.signedInAt).length;
  const present = (value: number | undefined): value is number => value !== undefined;
  const exam = mean(attendances.map((attendance) => attendance.examScore).filter(present));
  const practice = mean(attendances.map((attendance) => attendance.practiceScore).filter(present));
  const feedback = mean(attendances.map((attendance) => attendance.feedback?.rating).filter(present));
  return {
    invited: attendances.length,
    signedIn,
    ...(attendances.length
      ? { attendanceBasisPoints: Math.round((signedIn * 10_000) / attendances.length) }
      : {}),
    ...(exam !== undefined ? { meanExamScore: exam } : {}),
    ...(practice !== undefined ? { meanPracticeScore: practice } : {}),
    ...(feedback !== undefined ? { meanFeedback: feedback } : {}),
  };
}

/** The half-year a scheduled survey belongs to: `2026-H1`. */
export const halfYear = (today: string) => `${today.slice(0, 4)}-H${Number(today.slice(5, 7)) <= 6 ? 1 : 2}`;

/** A planned session is cancelled, with the reason; a cancelled one stays as it is. */
export function cancelSession(session: Session, reason: string, at: string): Session {
  if (session.status === 'cancelled') throw conflict('The session is cancelled.');
  return nextVersion(
    {
      ...session,
      status: 'cancelled',
      cancelledReason: reason,
    },
    at,
  );
}
