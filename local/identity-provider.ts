import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { JWK } from 'jose';
import Provider, { type Adapter, type AdapterPayload } from 'oidc-provider';
import { allEmployees, getEmployee, isActive } from '../functions/employees/public.ts';
import { escapeHtml } from '../functions/shared/html.ts';
import { SIGN_IN } from '../functions/shared/sign-in.ts';
import { AUDIENCE, ISSUER } from './config.ts';

/**
 * The local stand-in for Cognito's managed login: an OpenID Connect provider (`oidc-provider`, a
 * certified implementation) that speaks the same authorization-code flow with PKCE to the same
 * client code (the report page, `npm run login`). It signs ID tokens with the local issuer's key,
 * as Cognito would: issuer, the app client as audience, the employee's id as subject, email and
 * `cognito:groups`. Signing in asks only for a demo employee's email: the local runtime has no
 * passwords (like `npm run token`); the MFA and first-sign-in steps are Cognito's.
 */
export interface LocalIdentityProvider {
  url: string;
  /** The endpoints a client is told (`SIGN_IN_*`). */
  endpoints: { authorization: string; token: string };
  stop(): Promise<void>;
}

/** Kept in memory: a restart signs people out, as a new deployment of the pool would not. */
const stores = new Map<string, Map<string, { payload: AdapterPayload; expiresAt: number }>>();
class MemoryAdapter implements Adapter {
  private readonly items: Map<string, { payload: AdapterPayload; expiresAt: number }>;
  constructor(name: string) {
    this.items = stores.get(name) ?? new Map();
    stores.set(name, this.items);
  }
  async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
    this.items.set(id, { payload, expiresAt: Date.now() + expiresIn * 1000 });
  }
  async find(id: string) {
    const item = this.items.get(id);
    if (!item || item.expiresAt < Date.now()) return undefined;
    return item.payload;
  }
  async findByUid(uid: string) {
    for (const [id, item] of this.items) if (item.payload.uid === uid) return this.find(id);
    return undefined;
  }
  async findByUserCode(userCode: string) {
    for (const [id, item] of this.items) if (item.payload.userCode === userCode) return this.find(id);
    return undefined;
  }
  async consume(id: string) {
    const item = this.items.get(id);
    if (item) item.payload.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id: string) {
    this.items.delete(id);
  }
  async revokeByGrantId(grantId: string) {
    for (const [id, item] of this.items) if (item.payload.grantId === grantId) this.items.delete(id);
  }
}

const readForm = async (request: IncomingMessage) => {
  let body = '';
  for await (const chunk of request) body += (chunk as Buffer).toString();
  return new URLSearchParams(body);
};

function loginPage(response: ServerResponse, action: string, message = '') {
  response.writeHead(message ? 401 : 200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // No form-action: the form's answer redirects on to the client's return address.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title>
<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}input,button{font:inherit;width:100%;margin:.3rem 0;padding:.4rem}</style></head>
<body><h1>Sales department</h1><p>Local sign-in: the email of a demo employee (<code>npm start</code> lists them; no password here).</p>
${message ? `<p role="alert">${escapeHtml(message)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}"><label>Email <input name="email" type="email" autocomplete="username" required autofocus></label><button type="submit">Sign in</button></form></body></html>`);
}

export async function startIdentityProvider(options: {
  port: number;
  /** The local issuer's private key: tokens the gateway already trusts. */
  signingKey: JWK;
  /** The API's address: the report page returns there. */
  apiUrl: string;
}): Promise<LocalIdentityProvider> {
  const provider = new Provider(ISSUER, {
    adapter: MemoryAdapter,
    clients: [
      {
        client_id: AUDIENCE,
        // A public client (a page, a command line): PKCE, no secret; loopback addresses.
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [...SIGN_IN.pages.map((page) => `${options.apiUrl}${page}`), SIGN_IN.cliRedirectUri],
      },
    ],
    jwks: { keys: [{ ...options.signingKey, use: 'sig' } as never] },
    // The claims of a Cognito ID token, all in the ID token (as Cognito puts them).
    claims: { openid: ['sub'], email: ['email'], profile: ['cognito:groups'] },
    conformIdTokenClaims: false,
    async findAccount(_context, id) {
      const employee = await getEmployee(id);
      // A leaver's account is disabled: their refresh token no longer works, as in Cognito.
      if (!employee || !isActive(employee)) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: employee.email, 'cognito:groups': [...employee.roles] }),
      };
    },
    // Like the app client: a refresh token (30 days) for every sign-in, rotated on use.
    issueRefreshToken: async () => true,
    rotateRefreshToken: true,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    // An hour, as the app client's; `SIGN_IN_ID_TOKEN_TTL` shortens it (a test of the pages' refresh).
    ttl: {
      IdToken: Number(process.env.SIGN_IN_ID_TOKEN_TTL) || 3600,
      AccessToken: 3600,
      RefreshToken: 30 * 86_400,
      Session: 8 * 3600,
      Grant: 30 * 86_400,
      Interaction: 600,
      AuthorizationCode: 300,
    },
    interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
  });
  provider.on('server_error', (_context, error) => console.error('identity provider:', error));

  // The one interaction: who signs in; the department's own client needs no consent screen.
  async function interact(request: IncomingMessage, response: ServerResponse) {
    const details = await provider.interactionDetails(request, response);
    const action = `/interaction/${details.uid}`;
    if (request.method !== 'POST') return loginPage(response, action);
    const email = ((await readForm(request)).get('email') ?? '').trim().toLowerCase();
    const employee = (await allEmployees()).find((candidate) => candidate.email === email);
    if (!employee) return loginPage(response, action, 'No employee has that email.');
    const grant = new provider.Grant({ accountId: employee.id, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId: employee.id }, consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: false },
    );
  }

  const callback = provider.callback();
  const server: Server = createServer((request, response) => {
    if (request.url?.startsWith('/interaction/'))
      interact(request, response).catch((error: Error) => {
        response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`The sign-in could not go on: ${error.message}. Start again from the page.`);
      });
    else callback(request, response);
  });
  await new Promise<void>((resolveListen) => server.listen(options.port, '127.0.0.1', resolveListen));
  const address = server.address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : options.port}`;
  return {
    url,
    endpoints: { authorization: `${url}/auth`, token: `${url}/token` },
    stop: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}
