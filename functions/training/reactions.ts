import { trainingConsumer } from './consumer.ts';
import { endOfLocalDay } from '#shared/calendar.ts';
import {
  applyOnce,
  applyOnceInParts,
  consumerHandler,
  type Delivery,
  effectOnce,
  on,
} from '#shared/consumer.ts';
import type { CalendarEntry } from '#shared/calendar-invitation.ts';
import { sendEmail } from '#shared/email.ts';
import { newLinkToken, tokenDigest } from '#shared/link-tokens.ts';
import { publicApiUrl } from '#shared/links.ts';
import { commit } from '#shared/transaction.ts';
import { allEmployees, getEmployee } from '../employees/public.ts';
import { evaluationGraded } from '../performance/public.ts';
import { sessionChanged, sessionPlanned, surveyOpened, surveyRequested, trainingInvited } from './events.ts';
import { cancellationEmail, invitationEmail, surveyEmail } from './messages.ts';
import type { Session } from './model.ts';
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

const people = async (ids: readonly string[]) => {
  const wanted = new Set(ids);
  return (await allEmployees()).filter((employee) => wanted.has(employee.id));
};

/** Records each person of a session's audience (once a part) with the event that tells them. */
/**
 * The session's calendar entry: one per session, updated by each change (its version) and removed
 * by its cancellation.
 */
const sessionEntry = (
  session: Session,
  attendeeName: string,
  method: 'request' | 'cancel',
): CalendarEntry => ({
  uid: `training-${session.id}`,
  sequence: session.version,
  method,
  start: session.startsAt,
  end: session.endsAt,
  summary: session.title,
  description: session.content,
  location: session.place,
  attendeeName,
});

async function tellAudience(
  delivery: Delivery<unknown>,
  sessionId: string,
  notice: 'invitation' | 'change' | 'cancellation',
) {
  const session = await getSession(sessionId);
  if (!session) return;
  const invited = await people(session.audience);
  await applyOnceInParts(
    delivery,
    invited.map((person) =>
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
        notice,
      ),
    ),
  );
}

export const handler = consumerHandler(trainingConsumer, [
  on(surveyOpened, async (delivery) => {
    const survey = await getSurvey(delivery.event.payload.surveyId);
    if (!survey) return;
    const asked = await people(survey.audience);
    await applyOnceInParts(
      delivery,
      asked.map((person) =>
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
  on(sessionPlanned, (delivery) => tellAudience(delivery, delivery.event.payload.sessionId, 'invitation')),
  on(sessionChanged, (delivery) => {
    const { sessionId, change } = delivery.event.payload;
    return tellAudience(delivery, sessionId, change === 'cancelled' ? 'cancellation' : 'change');
  }),
  // The session as it stands decides what the email says: a cancelled one's invitation is not sent.
  on(trainingInvited, async (delivery) => {
    const { sessionId, employeeId, notice } = delivery.event.payload;
    const [session, attendance] = await Promise.all([
      getSession(sessionId),
      getAttendance(sessionId, employeeId),
    ]);
    if (!session || !attendance || Date.parse(session.endsAt) <= Date.now()) return;
    if (session.status === 'cancelled') {
      if (notice !== 'cancellation') return;
      await effectOnce(delivery, { repeatable: false }, async () => {
        await sendEmail({
          to: attendance.email,
          ...cancellationEmail(attendance.language, attendance.name, session),
          calendar: [sessionEntry(session, attendance.name, 'cancel')],
        });
      });
      return;
    }
    if (attendance.signedInAt) return;
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
          notice === 'change',
        ),
        calendar: [sessionEntry(session, attendance.name, 'request')],
      });
    });
  }),
  on(evaluationGraded, async (delivery) => {
    const { employeeId, period, trainingNeeds } = delivery.event.payload;
    if (trainingNeeds.length === 0) return;
    await applyOnce(delivery, [proposedNeedsWrite(period.slice(0, 4), employeeId, period, trainingNeeds)]);
  }),
]);
