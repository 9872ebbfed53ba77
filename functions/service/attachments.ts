import * as z from 'zod/mini';
import type { Reply } from '#shared/http.ts';
import { notFound } from '#shared/problem.ts';
import { ulidId } from '#shared/schemas.ts';
import { downloadUrl, PRESIGNED_SECONDS } from '#shared/storage.ts';
import type { Attachment } from './model.ts';

/** The path of one file of a message or a complaint: its id and the file's number, from 1. */
export const attachmentParams = z.strictObject({
  id: ulidId,
  number: z.string().check(z.regex(/^[1-9]\d{0,2}$/, 'Must be the number of a file, from 1')),
});

/**
 * A file that came with a customer's email, with its presigned download (five minutes), saved
 * under an ASCII name (the original one stays in the record), as the archive answers a document.
 */
export async function attachmentReply(
  attachments: readonly Attachment[] | undefined,
  number: string,
  of: string,
): Promise<Reply> {
  const file = attachments?.[Number(number) - 1];
  if (!file) throw notFound(`${of} has no file ${number}.`);
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(file.name)?.[0] ?? '';
  const { key: _key, ...shown } = file;
  return {
    status: 200,
    headers: { 'cache-control': 'no-store' },
    body: {
      attachment: shown,
      download: {
        url: await downloadUrl(file.key, `attachment-${number}${extension}`),
        expiresAt: new Date(Date.now() + PRESIGNED_SECONDS * 1000).toISOString(),
      },
    },
  };
}
