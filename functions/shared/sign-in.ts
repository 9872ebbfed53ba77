/**
 * How people sign in, the same against Cognito's managed login and the local provider: the
 * authorization-code flow with PKCE, from the pages below (they return to themselves) and from
 * `npm run login` (a loopback address on this fixed port, as Cognito lists callback URLs exactly).
 */
export const SIGN_IN = {
  /** Pages that sign people in, relative to the API's address. */
  pages: ['/reports', '/docs'],
  cliRedirectUri: 'http://localhost:8765/callback',
  scope: 'openid email profile',
} as const;

/** What a page is told, from the `SIGN_IN_*` variables; undefined where sign-in is not set up. */
export interface SignInConfig {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  clientId: string;
}

export function signInConfig(): SignInConfig | undefined {
  const {
    SIGN_IN_ISSUER: issuer,
    SIGN_IN_AUTHORIZATION_ENDPOINT: authorizationEndpoint,
    SIGN_IN_TOKEN_ENDPOINT: tokenEndpoint,
    SIGN_IN_CLIENT_ID: clientId,
  } = process.env;
  return issuer && authorizationEndpoint && tokenEndpoint && clientId
    ? { issuer, authorizationEndpoint, tokenEndpoint, clientId }
    : undefined;
}

/**
 * The settings a page's sign-in module reads (`#sign-in-config`), as a JSON data block that is not
 * run as script; `<` is escaped so that nothing in it can end the block. `null` where sign-in is
 * not set up.
 */
export const signInConfigBlock = (config: SignInConfig | undefined) =>
  `<script type="application/json" id="sign-in-config">${JSON.stringify(config ? { ...config, scope: SIGN_IN.scope } : null).replace(/</g, '\\u003c')}</script>`;
