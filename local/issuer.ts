import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { Role } from '../functions/shared/roles.ts';
import { AUDIENCE, ISSUER } from './config.ts';

/**
 * The local stand-in for Cognito: an RS256 key pair (kept in the data directory so tokens survive
 * restarts), tokens shaped like Cognito ID tokens, and a verifier that checks what API Gateway's
 * JWT authorizer checks: signature, issuer, audience and expiry.
 */
const ALGORITHM = 'RS256';
const KEY_ID = 'local-1';

export interface LocalIssuer {
  jwks: { keys: JWK[] };
  /** The private key, for the local sign-in provider to sign with. */
  signingKey: JWK;
  issue(subject: { id: string; email: string; roles: readonly Role[] }, ttlSeconds?: number): Promise<string>;
  verify(token: string): Promise<JWTPayload>;
}

async function loadOrCreateKey(dataDir: string | undefined): Promise<JWK> {
  const file = dataDir ? join(dataDir, 'issuer-key.json') : undefined;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: KEY_ID, alg: ALGORITHM };
  if (file) writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

export async function localIssuer(dataDir?: string): Promise<LocalIssuer> {
  const privateJwk = await loadOrCreateKey(dataDir);
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  const privateKey = await importJWK(privateJwk, ALGORITHM);
  const jwks = { keys: [publicJwk] };
  const keySet = createLocalJWKSet(jwks);
  return {
    jwks,
    signingKey: privateJwk,
    issue(subject, ttlSeconds = 3600) {
      return new SignJWT({ email: subject.email, 'cognito:groups': [...subject.roles], token_use: 'id' })
        .setProtectedHeader({ alg: ALGORITHM, kid: KEY_ID })
        .setSubject(subject.id)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(privateKey);
    },
    async verify(token) {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: [ALGORITHM],
      });
      return payload;
    },
  };
}
