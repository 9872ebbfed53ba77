import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { type CalendarEntry, invitationAttachment } from './calendar-invitation.ts';
import { logger } from './observability.ts';

/**
 * Email through SES v2. The sender is the deployment's verified identity (`SENDER_ADDRESS`);
 * locally `AWS_ENDPOINT_URL_SESV2` points the same client at the local inbox.
 */
const ses = new SESv2Client({});

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Replies go to a person (the customer's rep), not to the system address. */
  replyTo?: string;
  /** Calendar invitations (or cancellations) for what the email is about, one attachment each. */
  calendar?: readonly CalendarEntry[];
}

/**
 * Emails a second one function sends at most (`EMAIL_RATE`, the `emailRate` setting): within the
 * account's SES sending rate, so a job's run of greetings or digests is spread out instead of
 * refused. A run that takes long continues in a new invocation (the job kit), where it stopped.
 */
const DEFAULT_EMAIL_RATE = 10;
let nextSlot = 0;

/** Waits for this email's turn; emails sent further apart than the rate go at once. */
async function pace(): Promise<void> {
  const rate = Number(process.env.EMAIL_RATE) || DEFAULT_EMAIL_RATE;
  const now = Date.now();
  const slot = Math.max(now, nextSlot);
  nextSlot = slot + 1000 / rate;
  if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
}

export async function sendEmail(email: Email): Promise<string> {
  const sender = process.env.SENDER_ADDRESS;
  if (!sender) throw new Error('SENDER_ADDRESS is not set');
  await pace();
  const result = await ses.send(
    new SendEmailCommand({
      FromEmailAddress: sender,
      Destination: { ToAddresses: [email.to] },
      ReplyToAddresses: email.replyTo ? [email.replyTo] : undefined,
      Content: {
        Simple: {
          // One line whatever it was made from: a line break in a subject would start a header.
          Subject: { Data: email.subject.replace(/[\r\n\u2028\u2029]+/g, ' '), Charset: 'UTF-8' },
          Body: {
            Text: { Data: email.text, Charset: 'UTF-8' },
            Html: { Data: email.html, Charset: 'UTF-8' },
          },
          ...(email.calendar?.length
            ? {
                Attachments: email.calendar.map((entry) =>
                  invitationAttachment({
                    ...entry,
                    organizer: { name: 'Sales department', email: sender },
                    attendee: { name: entry.attendeeName, email: email.to },
                  }),
                ),
              }
            : {}),
        },
      },
    }),
  );
  // With the correlation id every log line carries: which request or event this email follows from.
  logger.info('email sent', { messageId: result.MessageId });
  return result.MessageId ?? '';
}
