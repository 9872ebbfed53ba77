// `npm run inbound -- --from <address> --subject <text> --text <text> [--name <sender>]`: emails
// the department's service address on the running local backend (`npm start`), as SES inbound
// does on AWS. From a contact's address it becomes a complaint; from any other it waits in the
// queue (`GET /inbound-messages`). `--file <message.eml>` sends a message as written instead.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { runningBackend } from './config.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    name: { type: 'string' },
    subject: { type: 'string', default: '' },
    text: { type: 'string', default: '' },
    file: { type: 'string' },
    port: { type: 'string' },
  },
});
if (!values.file && !values.from) {
  console.error(
    'Usage: npm run inbound -- --from <address> --subject <text> --text <text> [--name <sender>] | --file <message.eml>',
  );
  process.exit(2);
}
/** An RFC 2047 word: any language in a header. */
const word = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
const raw = values.file
  ? readFileSync(values.file)
  : Buffer.from(
      [
        `From: ${values.name ? `${word(values.name)} ` : ''}<${values.from}>`,
        'To: service@sales-department.local',
        `Subject: ${word(values.subject)}`,
        `Message-ID: <${randomUUID()}@sales-department.local>`,
        `Date: ${new Date().toUTCString()}`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from(values.text).toString('base64'),
        '',
      ].join('\r\n'),
    );
const base = runningBackend(values.port);
let response: Response;
try {
  response = await fetch(`${base}/local/inbound?raw=${raw.toString('base64url')}`, { method: 'POST' });
} catch {
  console.error(`Nothing answers on ${base}: start the backend with npm start first.`);
  process.exit(1);
}
console.log(JSON.stringify(await response.json(), null, 2));
process.exit(response.ok ? 0 : 1);
