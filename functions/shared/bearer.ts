import { createRemoteJWKSet, jwtVerify } from 'jose';
import { type Caller, callerFromClaims } from './caller.ts';

/**
 * Verifies a bearer token in the function itself, for the one route that takes either an emailed
 * link or a token (the approval decision): the same checks as the API's JWT authorizer (signature
 * against the user pool's keys, issuer, audience, expiry).
 */
let keys: ReturnType<typeof createRemoteJWKSet> | undefined;

export async function callerFromBearer(authorization: string | undefined): Promise<Caller | undefined> {
  const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return undefined;
  const { JWKS_URL: jwksUrl, JWT_ISSUER: issuer, JWT_AUDIENCE: audience } = process.env;
  if (!jwksUrl || !issuer || !audience) throw new Error('JWKS_URL, JWT_ISSUER and JWT_AUDIENCE must be set');
  keys ??= createRemoteJWKSet(new URL(jwksUrl));
  try {
    const { payload } = await jwtVerify(token, keys, { issuer, audience });
    return callerFromClaims(payload as Parameters<typeof callerFromClaims>[0]);
  } catch {
    return undefined;
  }
}
