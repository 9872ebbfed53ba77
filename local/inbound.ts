// `npm run inbound -- --from <address> --subject <text> --text <text> [--name <sender>]
// [--attach <file>]…`: emails the department's service address on the running local backend
// (`npm start`), as SES inbound does on AWS, with each `--attach` file attached. From a contact's
// address it becomes a complaint; from any other it waits in the queue (`GET /inbound-messages`).
// `--file <message.eml>` sends a message as written instead.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
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
    attach: { type: 'string', multiple: true },
    port: { type: 'string' },
  },
});
if (!values.file && !values.from) {
  console.error(
    'Usage: npm run inbound -- --from <address> --subject <text> --text <text> [--name <sender>] [--attach <file>]… | --file <message.eml>',
  );
  process.exit(2);
}
/** An RFC 2047 word: any language in a header. */
const word = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
/** The media types of the files people attach most; anything else goes as octet-stream. */
const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
};
/** Base64 in lines of 76 characters, as MIME has it. */
const base64 = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
const boundary = `part-${randomUUID()}`;
const text = [
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  base64(Buffer.from(values.text)),
];
const files = (values.attach ?? []).flatMap((path) => [
  `--${boundary}`,
  `Content-Type: ${TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'}`,
  `Content-Disposition: attachment; filename*=UTF-8''${encodeURIComponent(basename(path))}`,
  'Content-Transfer-Encoding: base64',
  '',
  base64(readFileSync(path)),
]);
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
        ...(files.length > 0
          ? [
              `Content-Type: multipart/mixed; boundary="${boundary}"`,
              '',
              `--${boundary}`,
              ...text,
              ...files,
              `--${boundary}--`,
            ]
          : text),
        '',
      ].join('\r\n'),
    );
const base = runningBackend(values.port);
let response: Response;
try {
  response = await fetch(`${base}/local/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'message/rfc822' },
    body: raw,
  });
} catch {
  console.error(`Nothing answers on ${base}: start the backend with npm start first.`);
  process.exit(1);
}
console.log(JSON.stringify(await response.json(), null, 2));
process.exit(response.ok ? 0 : 1);
