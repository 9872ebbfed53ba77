import { createServer } from 'node:http';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { localIssuer } from '../../local/issuer.ts';
import { startStepFunctions } from '../../local/stepfunctions.ts';
import type { Role } from '../../functions/shared/roles.ts';
import { WORKFLOWS } from '../../functions/workflows.ts';
import { eventPath } from './event-path.ts';
import { caller } from './events.ts';
import { eventually } from './wait.ts';

/**
 * Reviews on the local engine, shared by the tests of every reviewed subject: SES mocked (the
 * emails are read back from the mock), a local token issuer for approvers' bearer tokens, the local
 * Step Functions endpoint and the event path over the test file's table. Import it before any
 * function module: it sets the environment they read.
 */
process.env.SENDER_ADDRESS = 'sales@test.example';
process.env.PUBLIC_API_URL = 'https://api.test';
for (const workflow of WORKFLOWS)
  process.env[workflow.arnVariable] = `arn:aws:states:local:000000000000:stateMachine:${workflow.name}`;

export const ses = mockClient(SESv2Client);
ses.on(SendEmailCommand).resolves({ MessageId: 'm' });

const issuer = await localIssuer();
const jwks = createServer((_request, response) => response.end(JSON.stringify(issuer.jwks)));
await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
Object.assign(process.env, {
  JWKS_URL: `http://127.0.0.1:${(jwks.address() as { port: number }).port}/`,
  JWT_ISSUER: 'https://sales-department.local/issuer',
  JWT_AUDIENCE: 'sales-department-api',
});

const { handler: approvalsApi } = await import('../../functions/approvals/handler.ts');
export const approvals = caller(approvalsApi);

/** A bearer token from the local issuer, as an API client of that person sends it. */
export const bearer = async (who: { id: string; roles: readonly string[] }) =>
  `Bearer ${await issuer.issue({ id: who.id, email: `${who.id.toLowerCase()}@test.example`, roles: who.roles as Role[] })}`;

/** Starts the engine and the event path; stop them after the file's tests. */
export async function startReviews() {
  const stepFunctions = await startStepFunctions();
  process.env.AWS_ENDPOINT_URL_SFN = stepFunctions.url;
  const events = await eventPath({ poll: true });
  return {
    stepFunctions,
    events,
    async stop() {
      await events.stop();
      await stepFunctions.stop();
      jwks.close();
    },
  };
}

const sent = () => ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
const textOf = (input: ReturnType<typeof sent>[number]) => input.Content?.Simple?.Body?.Text?.Data ?? '';
const LINK = /\/approvals\/(\w{26})\?t=([\w-]+)/;

/** Every email sent to someone, oldest first: subject and text. */
export const emailsTo = (to: string) =>
  sent()
    .filter((input) => input.Destination!.ToAddresses![0] === to)
    .map((input) => ({
      subject: input.Content?.Simple?.Subject?.Data ?? '',
      text: textOf(input),
      /** The calendar entries it carries, as text. */
      calendars: (input.Content?.Simple?.Attachments ?? [])
        .filter((attachment) => attachment.ContentType?.startsWith('text/calendar'))
        .map((attachment) => new TextDecoder().decode(attachment.RawContent)),
    }));

/** Every approval link emailed to someone, oldest first. */
export const linksTo = (to: string) =>
  emailsTo(to)
    .map((mail) => LINK.exec(mail.text))
    .filter((match) => match !== null)
    .map((match) => ({ id: match[1]!, token: match[2]! }));

/**
 * The link emailed last to someone about one subject (its id's last eight characters are in the
 * email; other tests' reviews email the same people meanwhile).
 */
export function lastLink(to: string, subjectId: string) {
  const mail = emailsTo(to)
    .filter((candidate) => candidate.text.includes(subjectId.slice(-8)))
    .at(-1);
  const match = LINK.exec(mail?.text ?? '');
  return match ? { id: match[1]!, token: match[2]! } : undefined;
}

export const waitForLink = (to: string, subjectId: string, previous?: string) =>
  eventually(
    async () => {
      const link = lastLink(to, subjectId);
      return link && link.id !== previous ? link : undefined;
    },
    30_000,
    `a link for ${to}`,
  );

/** The email that carried a link (its text and subject). */
export const mailWith = (to: string, link: { token: string }) =>
  emailsTo(to).find((mail) => mail.text.includes(link.token)) ?? { subject: '', text: '' };

/** A decision from the emailed page's form. */
export const decideByLink = (
  link: { id: string; token: string },
  decision: 'approve' | 'reject',
  comment?: string,
) =>
  approvals('POST /approvals/{id}/decision', `/approvals/${link.id}/decision`, {
    body: new URLSearchParams({ t: link.token, decision, ...(comment ? { comment } : {}) }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

/** A decision by an API client with the approver's own bearer token. */
export const decideByToken = async (
  id: string,
  who: { id: string; roles: readonly string[] },
  decision: 'approve' | 'reject',
  comment?: string,
) =>
  approvals('POST /approvals/{id}/decision', `/approvals/${id}/decision`, {
    body: { decision, ...(comment ? { comment } : {}) },
    headers: { authorization: await bearer(who) },
  });

/** Waits for an email to someone that mentions a subject (outcome emails carry no link). */
export const emailAbout = (to: string, subjectId: string) =>
  eventually(
    async () => emailsTo(to).find((mail) => mail.text.includes(subjectId.slice(-8))),
    30_000,
    `an email to ${to}`,
  );
