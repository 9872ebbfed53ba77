import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { freePort } from './free-port.ts';

// A CommonJS package whose export is `exports.default`.
const { default: sesLocal } = createRequire(import.meta.url)('aws-ses-v2-local') as {
  default: (config: { host: string; port: number }) => Promise<Server>;
};

/**
 * The local SES (aws-ses-v2-local): captures everything the SES v2 client sends; its web page at
 * `/` shows the inbox, `GET /store` returns it as JSON.
 */
export async function startSesInbox(port?: number): Promise<{ url: string; stop(): Promise<void> }> {
  const chosen = port ?? (await freePort());
  const server: Server = await sesLocal({ host: '127.0.0.1', port: chosen });
  return {
    url: `http://127.0.0.1:${chosen}`,
    stop: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}
