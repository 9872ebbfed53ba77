/**
 * The pages' sign-in (served as `/reports/assets/sign-in.js`, an ES module): the
 * authorization-code flow with PKCE through `oauth4webapi`, against Cognito's managed login on AWS
 * and the local provider on this machine, as the page's `sign-in-config` says. Tokens stay in this
 * module's memory, never in storage: a reload signs in again (the provider's own session makes that
 * one redirect). Only the PKCE verifier and state wait in the tab's session storage for the return.
 */
export const SIGN_IN_SCRIPT = String.raw`import * as oauth from './oauth4webapi.js';

// Null where the deployment has no sign-in set up: signing in then says so.
const config = JSON.parse(document.getElementById('sign-in-config').textContent) || {
  issuer: 'about:blank',
  authorizationEndpoint: 'about:blank',
  tokenEndpoint: 'https://invalid.invalid',
  clientId: '',
  scope: '',
};
const server = {
  issuer: config.issuer,
  authorization_endpoint: config.authorizationEndpoint,
  token_endpoint: config.tokenEndpoint,
};
const client = { client_id: config.clientId };
// Only the local provider is reached over plain HTTP.
const options = new URL(config.tokenEndpoint).protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};
const redirectUri = location.origin + location.pathname;
const PENDING = 'sales-department-sign-in';
let tokens;

function keep(result) {
  const claims = oauth.getValidatedIdTokenClaims(result);
  tokens = {
    idToken: result.id_token,
    refreshToken: result.refresh_token || (tokens && tokens.refreshToken),
    expiresAt: claims.exp * 1000,
    email: claims.email,
  };
}

export async function signIn() {
  if (!config.clientId) throw new Error('Sign-in is not set up for this deployment.');
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const url = new URL(server.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: config.scope,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  }).toString();
  location.assign(url.href);
}

/** Completes a sign-in the provider returned from (the address has its code); true when signed in. */
export async function completeSignIn() {
  const returned = new URL(location.href);
  if (!returned.searchParams.has('code') && !returned.searchParams.has('error')) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', location.pathname);
  if (!pending) return false;
  const parameters = oauth.validateAuthResponse(server, client, returned, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server, client, oauth.None(), parameters, redirectUri, pending.verifier, options,
  );
  keep(await oauth.processAuthorizationCodeResponse(server, client, response, { requireIdToken: true }));
  return true;
}

/** The ID token the API takes, refreshed a minute before it expires; undefined when signed out. */
export async function idToken() {
  if (!tokens) return undefined;
  if (Date.now() > tokens.expiresAt - 60000) {
    if (!tokens.refreshToken) return (tokens = undefined);
    try {
      const response = await oauth.refreshTokenGrantRequest(server, client, oauth.None(), tokens.refreshToken, options);
      keep(await oauth.processRefreshTokenResponse(server, client, response));
    } catch {
      return (tokens = undefined);
    }
  }
  return tokens.idToken;
}

export const signedInAs = () => tokens && tokens.email;

export function signOut() {
  tokens = undefined;
}
`;
