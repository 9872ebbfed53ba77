import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';

process.env.SENDER_ADDRESS = 'sales@test.example';
process.env.LOG_LEVEL = 'SILENT';
process.env.EMAIL_RATE = '2';
const { sendEmail } = await import('../../functions/shared/email.ts');

const ses = mockClient(SESv2Client);
afterEach(() => vi.useRealTimers());

const email = (n: number) => ({ to: `p${n}@test.example`, subject: `S${n}`, text: 't', html: '<p>t</p>' });

describe('emails one function sends', () => {
  it('go out at most EMAIL_RATE a second: the next waits for its turn', async () => {
    vi.useFakeTimers();
    ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
    const sent = [1, 2, 3, 4].map((n) => sendEmail(email(n)));
    await vi.advanceTimersByTimeAsync(0);
    // Two a second: the first at once, the second after 500 ms, and so on.
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(4);
    await Promise.all(sent);
    expect(
      ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input.Destination?.ToAddresses),
    ).toEqual([['p1@test.example'], ['p2@test.example'], ['p3@test.example'], ['p4@test.example']]);
  });
});
