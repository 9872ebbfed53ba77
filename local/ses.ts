import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

const require = createRequire(import.meta.url);
// A CommonJS package whose export is `exports.default`.
const { default: sesLocal } = require('aws-ses-v2-local') as {
  default: (config: { host: string; port: number }) => Promise<Server>;
};
// Its in-memory store of captured emails (what `/store` answers).
const { getStoreReadonly } = require('aws-ses-v2-local/dist/store.js') as {
  getStoreReadonly: () => { emails: unknown[] };
};

/**
 * The local SES (aws-ses-v2-local): captures everything the SES v2 client sends; its web page at
 * `/` shows the inbox, `GET /store` returns it as JSON. With a data directory the inbox is kept
 * across a stop and start (in `ses-inbox.json`), as the recipients' mailboxes would keep them:
 * an approval link emailed before a restart is still there to open.
 */
export async function startSesInbox(
  options: { port?: number; dataDir?: string } = {},
): Promise<{ url: string; stop(): Promise<void> }> {
  const chosen = options.port ?? (await freePort());
  const file = options.dataDir && join(options.dataDir, 'ses-inbox.json');
  const { emails } = getStoreReadonly();
  emails.splice(
    0,
    emails.length,
    ...(file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown[]) : []),
  );
  const server: Server = await sesLocal({ host: '127.0.0.1', port: chosen });
  return {
    url: `http://127.0.0.1:${chosen}`,
    async stop() {
      if (file) writeFileSync(file, JSON.stringify(getStoreReadonly().emails));
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}
