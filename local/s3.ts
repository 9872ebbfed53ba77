import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

// A CommonJS package: the maintained fork of s3rver (filesystem-backed S3 API for Node).
const require = createRequire(import.meta.url);
const S3rver = require('@20minutes/s3rver') as new (options: object) => {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
};
// It checks request signatures (presigned URLs included) against the keys of its one account.
const { DUMMY_ACCOUNT } = require('@20minutes/s3rver/lib/models/account') as {
  DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void };
};

/** Lets a browser PUT an upload and GET a download straight from the bucket, as the CDK bucket does. */
const CORS = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

/**
 * The local S3 store (@20minutes/s3rver): the documents bucket on the filesystem, under the data
 * directory (or a temporary one, removed on stop, when nothing is kept). The same S3 client code
 * reaches it through AWS_ENDPOINT_URL_S3 with path-style addressing. It checks signatures, so a
 * tampered or expired presigned URL is refused as S3 refuses it, with the local credentials.
 */
export async function startS3(options: {
  dataDir?: string;
  bucket: string;
  /** A second bucket, for what S3 Object Lock keeps on AWS (s3rver has no lock). */
  lockedBucket?: string;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const directory = options.dataDir ? join(options.dataDir, 's3') : mkdtempSync(join(tmpdir(), 'sales-s3-'));
  DUMMY_ACCOUNT.createKeyPair(
    process.env.AWS_ACCESS_KEY_ID ?? 'local',
    process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  );
  const port = await freePort();
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [
      { name: options.bucket, configs: [CORS] },
      ...(options.lockedBucket ? [{ name: options.lockedBucket, configs: [] }] : []),
    ],
  });
  await server.run();
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      if (!options.dataDir) rmSync(directory, { recursive: true, force: true });
    },
  };
}
