import { endOfLocalDay } from '#shared/calendar.ts';
import { applyOnce, applyOnceInParts, consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { sendEmail } from '#shared/email.ts';
import { newLinkToken, tokenDigest } from '#shared/link-tokens.ts';
import { publicApiUrl } from '#shared/links.ts';
import { commit } from '#shared/transaction.ts';
import { allEmployees, getEmployee } from '../employees/public.ts';
import { evaluationGraded } from '../performance/public.ts';
import { sessionPlanned, surveyOpened, surveyRequested, trainingInvited } from './events.ts';
import { invitationEmail, surveyEmail } from './messages.ts';
import {
  attendanceLinkWrite,
  getAttendance,
  getResponse,
  getSession,
  getSurvey,
  inviteeWrites,
  proposedNeedsWrite,
  respondentWrites,
  responseLinkWrite,
} from './store.ts';

/**
 * Training's reactions: a survey or a session fans out to one record and one event per
 * person (each part of the fan-out once); each person's event emails their single-use link, once;
 * an evaluation's proposed training needs are kept for the year's plan.
 */

/** A person and their event are two items: parts of 90 keep the pairs together. */
const PAIRS = 90;

const people = async (ids: readonly string[]) => {
  const wanted = new Set(ids);
  return (await allEmployees()).filter((employee) => wanted.has(employee.id));
};

export const handler = consumerHandler('training-events', [
  on(surveyOpened, async (delivery) => {
    const survey = await getSurvey(delivery.event.payload.surveyId);
    if (!survey) return;
    const asked = await people(survey.audience);
    await applyOnceInParts(
      delivery,
      asked.flatMap((person) =>
        respondentWrites(
          {
            surveyId: survey.id,
            employeeId: person.id,
            name: person.name,
            email: person.email,
            language: person.locale,
            title: survey.title,
            closesOn: survey.closesOn,
          },
          delivery.event.at,
        ),
      ),
      PAIRS,
    );
  }),
  // A person gets a link until the survey closes; a retry (the email failed) makes a new one.
  on(surveyRequested, async (delivery) => {
    const { surveyId, employeeId } = delivery.event.payload;
    const response = await getResponse(surveyId, employeeId);
    const validUntil = response && endOfLocalDay(response.closesOn);
    if (!response || response.usedAt || Date.parse(validUntil!) <= Date.now()) return;
    await effectOnce(delivery, { repeatable: false }, async () => {
      const token = newLinkToken();
      await commit([responseLinkWrite(response, tokenDigest(token), validUntil!)]);
      await sendEmail({
        to: response.email,
        ...surveyEmail(
          response.language,
          response.name,
          response,
          `${publicApiUrl()}/training-surveys/${surveyId}-${employeeId}?t=${token}`,
        ),
      });
    });
  }),
  on(sessionPlanned, async (delivery) => {
    const session = await getSession(delivery.event.payload.sessionId);
    if (!session) return;
    const invited = await people(session.audience);
    await applyOnceInParts(
      delivery,
      invited.flatMap((person) =>
        inviteeWrites(
          {
            sessionId: session.id,
            employeeId: person.id,
            name: person.name,
            email: person.email,
            language: person.locale,
            startsAt: session.startsAt,
          },
          delivery.event.at,
        ),
      ),
      PAIRS,
    );
  }),
  on(trainingInvited, async (delivery) => {
    const { sessionId, employeeId } = delivery.event.payload;
    const [session, attendance] = await Promise.all([
      getSession(sessionId),
      getAttendance(sessionId, employeeId),
    ]);
    if (!session || !attendance || attendance.signedInAt || Date.parse(session.endsAt) <= Date.now()) return;
    const trainer = session.trainer.employeeId ? await getEmployee(session.trainer.employeeId) : undefined;
    await effectOnce(delivery, { repeatable: false }, async () => {
      const token = newLinkToken();
      await commit([attendanceLinkWrite(attendance, tokenDigest(token), session.endsAt)]);
      await sendEmail({
        to: attendance.email,
        ...invitationEmail(
          attendance.language,
          attendance.name,
          { ...session, trainerName: trainer?.name ?? session.trainer.name ?? '' },
          `${publicApiUrl()}/training-sign-ins/${sessionId}-${employeeId}?t=${token}`,
        ),
      });
    });
  }),
  on(evaluationGraded, async (delivery) => {
    const { employeeId, period, trainingNeeds } = delivery.event.payload;
    if (trainingNeeds.length === 0) return;
    await applyOnce(delivery, [proposedNeedsWrite(period.slice(0, 4), employeeId, period, trainingNeeds)]);
  }),
]);
