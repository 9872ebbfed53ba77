import middy from '@middy/core';
import * as z from 'zod/mini';
import { logContext, logger } from '#shared/observability.ts';
import { storedBytes } from '#shared/storage.ts';
import { receiveInbound } from './inbound.ts';
import { INBOUND_PREFIX } from './inbound-model.ts';

export { INBOUND_PREFIX } from './inbound-model.ts';

/** The part of SES's receipt event this function reads: each email's message id. */
const sesEvent = z.object({
  Records: z.array(z.object({ ses: z.object({ mail: z.object({ messageId: z.string() }) }) })),
});

/**
 * SES's Lambda action, after its S3 action stored the email: each email is read from the bucket
 * and received once (a redelivery finds its claim). An email not (yet) stored fails the invocation,
 * so that Lambda's asynchronous retries try again.
 */
export const handler = middy<unknown, { outcomes: string[] }>()
  .use(logContext())
  .handler(async (event) => {
    const { Records } = z.parse(sesEvent, event);
    const outcomes: string[] = [];
    for (const record of Records) {
      const { messageId } = record.ses.mail;
      const raw = await storedBytes(`${INBOUND_PREFIX}/${messageId}`);
      if (!raw) throw new Error(`Email ${messageId} is not in the bucket`);
      const received = await receiveInbound(Buffer.from(raw));
      logger.info('email received', { outcome: received.outcome, message: received.messageId });
      outcomes.push(received.outcome);
    }
    return { outcomes };
  });
