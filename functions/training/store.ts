import { causes, changeWrites } from '#shared/change.ts';
import { tableName } from '#shared/db.ts';
import { recordEvent } from '#shared/events.ts';
import { renewLink, useLink } from '#shared/link-pages.ts';
import { collectAll, getResource, type PageParameters, queryPage, queryPartition } from '#shared/listing.ts';
import { named, putNew, type TransactItem } from '#shared/transaction.ts';
import {
  Attendances,
  CareerConversations,
  CareerPlans,
  ProposedNeeds,
  SurveyPeriodClaims,
  SurveyResponses,
  TrainingSessions,
  TrainingSurveys,
} from './entities.ts';
import { sessionChanged, sessionPlanned, surveyOpened, surveyRequested, trainingInvited } from './events.ts';
import type { Attendance, CareerPlan, Conversation, Session, Survey, SurveyResponse } from './model.ts';

/**
 * Sets what is not there yet and nothing else: the fan-out of a survey or a session records each
 * person this way, so a replayed event never overwrites an answer, a sign-in or a score.
 */
function setIfAbsent(
  key: { pk: string; sk: string },
  values: Record<string, unknown>,
  /** Set whatever is there: what follows the subject as it stands now (a session's time). */
  always: Record<string, unknown> = {},
): TransactItem {
  const entries = [
    ...Object.entries(values)
      .filter(([field]) => !(field in always))
      .map(([field, value]) => ({ field, value, keep: true })),
    ...Object.entries(always).map(([field, value]) => ({ field, value, keep: false })),
  ];
  return {
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression: `SET ${entries.map(({ keep }, index) => (keep ? `#f${index} = if_not_exists(#f${index}, :v${index})` : `#f${index} = :v${index}`)).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(entries.map(({ field }, index) => [`#f${index}`, field])),
      ExpressionAttributeValues: Object.fromEntries(entries.map(({ value }, index) => [`:v${index}`, value])),
    },
  };
}

/** The index attributes of an item's keys (an update's `Key` holds the primary key only). */
const indexKeys = ({ pk: _pk, sk: _sk, ...indexes }: Record<string, string>) => indexes;

// Surveys

export const getSurvey = (id: string) => getResource<Survey>(TrainingSurveys.key({ id }));

/** The name a second opening of a half-year's survey is refused by. */
export const HALF_YEAR_CLAIM = 'halfYear';

/** A survey and its event; a scheduled one claims its half-year, so a second firing opens none. */
export function surveyWrites(survey: Survey, halfYear?: string): TransactItem[] {
  return [
    ...(halfYear
      ? [
          named(
            HALF_YEAR_CLAIM,
            putNew(SurveyPeriodClaims.item({ period: halfYear }, { surveyId: survey.id })),
          ),
        ]
      : []),
    putNew(TrainingSurveys.item({ id: survey.id, openedAt: survey.openedAt }, survey)),
    recordEvent(surveyOpened, {
      subject: { type: 'training-survey', id: survey.id },
      actor: survey.openedBy,
      at: survey.openedAt,
      payload: { surveyId: survey.id },
    }),
  ];
}

export const listSurveys = (page: PageParameters) =>
  queryPage<Survey>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: TrainingSurveys.indexPartition('gsi1', {}) },
    newestFirst: true,
    ...page,
  });

/** A respondent recorded (once) with the event that emails them their link. */
export function respondentWrites(response: SurveyResponse, at: string): TransactItem[] {
  const { surveyId, employeeId } = response;
  return [
    setIfAbsent(SurveyResponses.key({ surveyId, employeeId }), {
      ...response,
      entityType: SurveyResponses.type,
    }),
    recordEvent(surveyRequested, {
      subject: { type: 'training-survey', id: surveyId },
      actor: 'training',
      at,
      payload: { surveyId, employeeId },
    }),
  ];
}

export const getResponse = (surveyId: string, employeeId: string) =>
  getResource<SurveyResponse>(SurveyResponses.key({ surveyId, employeeId }), true);

export const surveyResponses = (surveyId: string) =>
  queryPartition<SurveyResponse>(SurveyResponses.partition({ surveyId }), SurveyResponses.skPrefix);

export const responseLinkWrite = (response: SurveyResponse, tokenHash: string, validUntil: string) =>
  renewLink(SurveyResponses.key(response), tokenHash, validUntil);

export const answerWrite = (
  response: SurveyResponse & { tokenHash: string },
  answer: { needs: Record<string, number>; comment?: string },
  at: string,
) => useLink('response', SurveyResponses.key(response), response.tokenHash, at, answer);

export const proposedNeedsWrite = (
  year: string,
  employeeId: string,
  period: string,
  needs: string[],
): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: ProposedNeeds.item({ year, employeeId, period }, { year, employeeId, period, needs }),
  },
});

export const yearProposedNeeds = (year: string) =>
  queryPartition<{ employeeId: string; period: string; needs: string[] }>(
    ProposedNeeds.partition({ year }),
    ProposedNeeds.skPrefix,
  );

// Sessions

export const getSession = (id: string) => getResource<Session>(TrainingSessions.key({ id }));

export const sessionWrites = (session: Session, actorId: string) =>
  changeWrites({
    entity: TrainingSessions,
    key: session,
    before: undefined,
    after: session,
    actor: actorId,
    events: [causes(sessionPlanned, { sessionId: session.id })],
  });

/** A session changed or cancelled, as the version read; everyone invited is told. */
export const sessionChangeWrites = (
  before: Session,
  after: Session,
  actorId: string,
  change: 'changed' | 'cancelled',
) =>
  changeWrites({
    entity: TrainingSessions,
    key: after,
    before,
    after,
    actor: actorId,
    events: [causes(sessionChanged, { sessionId: after.id, change })],
  });

export const yearPlan = (year: string) =>
  collectAll((page) =>
    queryPage<Session>({
      index: 'gsi1',
      partition: { attribute: 'gsi1pk', value: TrainingSessions.indexPartition('gsi1', { year }) },
      ...page,
    }),
  );

/**
 * An invited person recorded (once; the session's time follows the session) with the event that
 * emails them the invitation, the change or the cancellation.
 */
export function inviteeWrites(
  attendance: Attendance,
  at: string,
  notice: 'invitation' | 'change' | 'cancellation' = 'invitation',
): TransactItem[] {
  const { sessionId, employeeId, startsAt } = attendance;
  return [
    setIfAbsent(
      Attendances.key({ sessionId, employeeId }),
      { ...attendance, entityType: Attendances.type },
      { startsAt, ...indexKeys(Attendances.keys({ sessionId, employeeId, startsAt })) },
    ),
    recordEvent(trainingInvited, {
      subject: { type: 'training-session', id: sessionId },
      actor: 'training',
      at,
      payload: { sessionId, employeeId, notice },
    }),
  ];
}

export const getAttendance = (sessionId: string, employeeId: string) =>
  getResource<Attendance>(Attendances.key({ sessionId, employeeId }), true);

export const sessionAttendances = (sessionId: string) =>
  queryPartition<Attendance>(Attendances.partition({ sessionId }), Attendances.skPrefix);

export const attendanceLinkWrite = (attendance: Attendance, tokenHash: string, validUntil: string) =>
  renewLink(Attendances.key(attendance), tokenHash, validUntil);

/** The sign-in by the emailed link: the link is used, and the person signed in, in one write. */
export const linkSignInWrite = (attendance: Attendance & { tokenHash: string }, at: string) =>
  useLink('attendance', Attendances.key(attendance), attendance.tokenHash, at, {
    signedInAt: at,
    signedInBy: 'link',
  });

/** The trainer's record: a sign-in (kept if there was one) and scores; only for an invited person. */
export function attendanceRecordWrite(
  sessionId: string,
  employeeId: string,
  record: { signedInAt?: string; signedInBy?: string; examScore?: number; practiceScore?: number },
): TransactItem {
  const sets: string[] = [];
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  if (record.signedInAt) {
    sets.push('signedInAt = if_not_exists(signedInAt, :at)', 'signedInBy = if_not_exists(signedInBy, :by)');
    values[':at'] = record.signedInAt;
    values[':by'] = record.signedInBy;
  }
  for (const field of ['examScore', 'practiceScore'] as const)
    if (record[field] !== undefined) {
      sets.push(`#${field} = :${field}`);
      names[`#${field}`] = field;
      values[`:${field}`] = record[field];
    }
  return named('attendance', {
    Update: {
      TableName: tableName(),
      Key: Attendances.key({ sessionId, employeeId }),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
      ExpressionAttributeValues: values,
    },
  });
}

export const feedbackWrite = (
  sessionId: string,
  employeeId: string,
  feedback: Attendance['feedback'],
): TransactItem =>
  named('attendance', {
    Update: {
      TableName: tableName(),
      Key: Attendances.key({ sessionId, employeeId }),
      UpdateExpression: 'SET feedback = :feedback',
      ConditionExpression: 'attribute_exists(signedInAt) AND attribute_not_exists(feedback)',
      ExpressionAttributeValues: { ':feedback': feedback },
    },
  });

export const personTraining = (employeeId: string) =>
  collectAll((page) =>
    queryPage<Attendance>({
      index: 'gsi1',
      partition: { attribute: 'gsi1pk', value: Attendances.indexPartition('gsi1', { employeeId }) },
      newestFirst: true,
      ...page,
    }),
  );

// Careers

export const getCareerPlan = (employeeId: string) => getResource<CareerPlan>(CareerPlans.key({ employeeId }));

export const careerPlanWrites = (before: CareerPlan | undefined, after: CareerPlan) =>
  changeWrites({
    entity: CareerPlans,
    key: after,
    id: after.employeeId,
    before,
    after,
    actor: after.updatedBy,
  });

export const conversationWrite = (conversation: Conversation): TransactItem =>
  putNew(CareerConversations.item(conversation, conversation));

export const careerConversations = async (employeeId: string) =>
  (
    await queryPartition<Conversation>(
      CareerConversations.partition({ employeeId }),
      CareerConversations.skPrefix,
    )
  ).reverse();
