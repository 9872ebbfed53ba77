import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Settings of the one-machine runtime; every value can be overridden from the environment. */
export const ROOT = resolve(import.meta.dirname, '..');
/** `DATA_DIR=:memory:` keeps no data; the token issuer's key still lives in `.data/`. */
export const IN_MEMORY = process.env.DATA_DIR === ':memory:';
export const DATA_DIR = resolve(IN_MEMORY ? `${ROOT}/.data` : (process.env.DATA_DIR ?? `${ROOT}/.data`));
/** The local SES inbox's port (fixed, so its page can be bookmarked); 0 picks a free one. */
export const SES_PORT = Number(process.env.SES_PORT ?? (process.env.PORT === '0' ? 0 : 8005));
/** Where a running runtime says where it listens, for `npm run job`. */
export const RUNTIME_FILE = 'runtime.json';
export const TABLE_NAME = process.env.TABLE_NAME ?? 'sales-department';
export const REGION = process.env.AWS_REGION ?? 'ap-east-1';
/**
 * The local token issuer and sign-in provider stand in for the Cognito user pool; the gateway checks
 * both values. The issuer names the provider; it is not where the provider listens.
 */
export const ISSUER = 'https://sales-department.local/issuer';
/** The local sign-in provider's port (fixed, so a page's sign-in survives a restart); 0 picks a free one. */
export const SIGN_IN_PORT = Number(process.env.SIGN_IN_PORT ?? (process.env.PORT === '0' ? 0 : 8006));
export const AUDIENCE = 'sales-department-api';

export function ensureDataDir(): string {
  mkdirSync(DATA_DIR, { recursive: true });
  return DATA_DIR;
}

/**
 * Where the running local backend answers, for the commands that call it (`npm run job`, `npm run
 * inbound`, `npm run audit-chain`): `port` or PORT if given, else what the runtime wrote.
 */
export function runningBackend(port = process.env.PORT): string {
  if (port) return `http://localhost:${port}`;
  const runtimeFile = join(DATA_DIR, RUNTIME_FILE);
  const running = existsSync(runtimeFile)
    ? (JSON.parse(readFileSync(runtimeFile, 'utf8')) as { url: string })
    : undefined;
  return running?.url ?? 'http://localhost:3000';
}
