import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Settings of the one-machine runtime; every value can be overridden from the environment. */
export const ROOT = resolve(import.meta.dirname, '..');
export const DATA_DIR = resolve(process.env.DATA_DIR ?? `${ROOT}/.data`);
export const TABLE_NAME = process.env.TABLE_NAME ?? 'sales-department';
export const REGION = process.env.AWS_REGION ?? 'ap-east-1';
/** The local token issuer stands in for the Cognito user pool; the gateway checks both values. */
export const ISSUER = 'sales-department-local-issuer';
export const AUDIENCE = 'sales-department-api';

export function ensureDataDir(): string {
  mkdirSync(DATA_DIR, { recursive: true });
  return DATA_DIR;
}
