import { conflict } from './domain-errors.ts';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/**
 * Private documents in S3 (receipts, later the archive), reached only through short-lived presigned
 * URLs: the upload URL signs the content type and length, so S3 refuses any other file; the
 * download URL names the file. Locally AWS_ENDPOINT_URL_S3 points the same client at the local store
 * (path-style addressing).
 */
const s3 = new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' });

function bucket(): string {
  const name = process.env.DOCUMENTS_BUCKET;
  if (!name) throw new Error('DOCUMENTS_BUCKET is not set');
  return name;
}

const statusOf = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/** Without s3:ListBucket (never granted), S3 answers a missing key with 403 rather than 404. */
const isMissing = (error: unknown) => [403, 404].includes(statusOf(error) ?? 0);

/** Seconds a presigned URL stays valid. */
export const PRESIGNED_SECONDS = 300;

export async function uploadUrl(key: string, contentType: string, size: number): Promise<string> {
  return getSignedUrl(
    s3,
    new PutObjectCommand({ Bucket: bucket(), Key: key, ContentType: contentType, ContentLength: size }),
    {
      expiresIn: PRESIGNED_SECONDS,
      signableHeaders: new Set(['content-type', 'content-length']),
    },
  );
}

/** What a client is told to upload a file it announced: where, how, with which headers, until when. */
export async function presignedUpload(key: string, contentType: string, size: number) {
  return {
    url: await uploadUrl(key, contentType, size),
    method: 'PUT' as const,
    headers: { 'content-type': contentType, 'content-length': String(size) },
    expiresAt: new Date(Date.now() + PRESIGNED_SECONDS * 1000).toISOString(),
  };
}

/**
 * A download URL that saves the file under an ASCII name (`saveAs`, e.g. `receipt-<id>.pdf`): the
 * original name, Chinese or not, stays in the API; an RFC 5987 name in the URL would be one more
 * thing for every S3 implementation to canonicalize alike.
 */
export async function downloadUrl(key: string, saveAs: string): Promise<string> {
  return getSignedUrl(
    s3,
    new GetObjectCommand({
      Bucket: bucket(),
      Key: key,
      ResponseContentDisposition: `attachment; filename="${saveAs.replace(/[^\w.-]/g, '_')}"`,
    }),
    { expiresIn: PRESIGNED_SECONDS },
  );
}

/** Stores a file the system made itself (a rendered PDF); the same key again replaces it. */
export async function storeObject(key: string, body: Uint8Array, contentType: string): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: bucket(), Key: key, Body: body, ContentType: contentType }));
}

/** What was stored under a key (size and type), or undefined when nothing was uploaded. */
export async function storedObject(key: string): Promise<{ size: number; contentType: string } | undefined> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket(), Key: key }));
    return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? '' };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * The file a client announced (type and exact size) is the one stored under the key: until it is,
 * the record that announced it does not count as uploaded (a 409 naming `what`). A truncated or
 * different upload is refused however the store took it.
 */
export async function assertUploadedAsAnnounced(
  key: string,
  announced: { size: number; contentType: string },
  what: string,
): Promise<void> {
  const stored = await storedObject(key);
  if (!stored) throw conflict(`${what} has not been uploaded yet.`);
  if (stored.size !== announced.size || stored.contentType !== announced.contentType)
    throw conflict(
      `${what} is not the file announced (${announced.contentType}, ${announced.size} bytes); upload it again.`,
    );
}

/**
 * The bucket where what must not change is kept: S3 Object Lock (compliance mode) keeps every
 * version of every object for the retention period, whoever asks to delete or overwrite it.
 */
function lockedBucket(): string {
  const name = process.env.AUDIT_SEALS_BUCKET;
  if (!name) throw new Error('AUDIT_SEALS_BUCKET is not set');
  return name;
}

/**
 * Keeps a JSON document under a key once: the document already there, if any, is returned (for
 * the caller to take) and nothing is written. A write racing another is refused by S3 itself
 * (`If-None-Match: *`), and the one that won is returned.
 */
export async function keepLocked(key: string, document: object): Promise<object | undefined> {
  const already = await lockedDocument(key);
  if (already) return already;
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: lockedBucket(),
        Key: key,
        Body: JSON.stringify(document),
        ContentType: 'application/json',
        IfNoneMatch: '*',
      }),
    );
    return undefined;
  } catch (error) {
    if ([409, 412].includes(statusOf(error) ?? 0)) return lockedDocument(key);
    throw error;
  }
}

/** A document kept by keepLocked, or undefined when there is none. */
export async function lockedDocument(key: string): Promise<object | undefined> {
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: lockedBucket(), Key: key }));
    return JSON.parse(await object.Body!.transformToString()) as object;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** A stored object's bytes (an email SES stored), or undefined when nothing is stored under the key. */
export async function storedBytes(key: string): Promise<Uint8Array | undefined> {
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
    return await object.Body!.transformToByteArray();
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}
