// `npm run --silent login -- --stage <stage>`: signs in as a person and prints an ID token for the
// API (`Authorization: Bearer …`). It opens the sign-in page (Cognito's managed login for a deployed
// stage, the local provider for `--stage local`), where the person signs in (password and TOTP, and
// on their first sign-in a new password and their authenticator app), and takes the answer on its
// loopback address: the authorization-code flow with PKCE, the same client code as the report page.
//   --password        sign in here instead, by SRP with email, password and TOTP code (a deployed
//                     stage; for machines without a browser): `password-sign-in.ts`
//   --no-browser      print the address to open instead of opening it
//   --port <port>     the loopback port (8765: the one the deployed app client lists)
//   --region <region> where the stage is deployed (else the AWS SDK's own)
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as oauth from 'oauth4webapi';
import { SIGN_IN, type SignInConfig } from '../functions/shared/sign-in.ts';

const { values } = parseArgs({
  options: {
    stage: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    password: { type: 'boolean', default: false },
    port: { type: 'string', default: new URL(SIGN_IN.cliRedirectUri).port },
    region: { type: 'string' },
  },
});
if (!values.stage) {
  console.error(
    'Usage: npm run --silent login -- --stage <stage> [--no-browser] [--port 8765] [--region <region>]',
  );
  process.exit(2);
}

/** Where the stage signs people in: the running local runtime, or the deployed stack's outputs. */
async function signInOf(stage: string): Promise<SignInConfig> {
  if (stage === 'local') {
    const { AUDIENCE, DATA_DIR, ISSUER, RUNTIME_FILE } = await import('../local/config.ts');
    let runtime: { signInUrl?: string };
    try {
      runtime = JSON.parse(readFileSync(join(DATA_DIR, RUNTIME_FILE), 'utf8')) as typeof runtime;
    } catch {
      throw new Error('The local runtime is not running: start it with npm start.');
    }
    return {
      issuer: ISSUER,
      authorizationEndpoint: `${runtime.signInUrl}/auth`,
      tokenEndpoint: `${runtime.signInUrl}/token`,
      clientId: AUDIENCE,
    };
  }
  const { CloudFormationClient } = await import('@aws-sdk/client-cloudformation');
  const { stageOutputs } = await import('./stage-outputs.ts');
  const cloudFormation = new CloudFormationClient(values.region ? { region: values.region } : {});
  const output = await stageOutputs(stage, cloudFormation);
  const region = await cloudFormation.config.region();
  return {
    issuer: `https://cognito-idp.${region}.amazonaws.com/${output('UserPoolId')}`,
    authorizationEndpoint: `${output('SignInDomain')}/oauth2/authorize`,
    tokenEndpoint: `${output('SignInDomain')}/oauth2/token`,
    clientId: output('UserPoolClientId'),
  };
}

/** Runs the flow: the sign-in page, then the code on the loopback address, exchanged for tokens. */
export async function signInOnce(config: SignInConfig, port: number, open: (url: string) => void) {
  const server = {
    issuer: config.issuer,
    authorization_endpoint: config.authorizationEndpoint,
    token_endpoint: config.tokenEndpoint,
  };
  const client = { client_id: config.clientId };
  const options =
    new URL(config.tokenEndpoint).protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};
  const redirect = new URL(SIGN_IN.cliRedirectUri);
  redirect.port = String(port);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const address = new URL(config.authorizationEndpoint);
  address.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    redirect_uri: redirect.href,
    scope: SIGN_IN.scope,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  }).toString();

  return new Promise<oauth.TokenEndpointResponse>((resolveTokens, reject) => {
    const timer = setTimeout(() => finish(new Error('No sign-in within 5 minutes.')), 5 * 60_000);
    const listener = createServer((request, response) => {
      const returned = new URL(request.url ?? '/', redirect);
      if (returned.pathname !== redirect.pathname) {
        response.writeHead(404).end();
        return;
      }
      const done = (status: number, text: string) => {
        response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(text);
      };
      (async () => {
        const parameters = oauth.validateAuthResponse(server, client, returned, state);
        const answer = await oauth.authorizationCodeGrantRequest(
          server,
          client,
          oauth.None(),
          parameters,
          redirect.href,
          verifier,
          options,
        );
        return oauth.processAuthorizationCodeResponse(server, client, answer, { requireIdToken: true });
      })().then(
        (tokens) => {
          done(200, 'Signed in: the command line has your token. You can close this tab.');
          finish(undefined, tokens);
        },
        (error: Error) => {
          done(400, `The sign-in did not complete: ${error.message}`);
          finish(error);
        },
      );
    });
    function finish(error?: Error, tokens?: oauth.TokenEndpointResponse) {
      clearTimeout(timer);
      listener.close();
      listener.closeAllConnections();
      if (error) reject(error);
      else resolveTokens(tokens!);
    }
    listener.on('error', (error) => finish(error));
    listener.listen(port, 'localhost', () => open(address.href));
  });
}

/** Email, password and codes from the terminal (answers of `secret` questions are not echoed). */
async function passwordSignIn(config: SignInConfig): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const { CognitoIdentityProviderClient } = await import('@aws-sdk/client-cognito-identity-provider');
  const { signInWithPassword } = await import('./password-sign-in.ts');
  const terminal = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  let muted = false;
  const write = (terminal as unknown as { _writeToOutput: (text: string) => void })._writeToOutput.bind(
    terminal,
  );
  (terminal as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
    if (!muted || text.includes('\n')) write(muted ? '\n' : text);
  };
  const ask = async (question: string, options: { secret?: boolean } = {}) => {
    process.stderr.write(question);
    muted = options.secret === true;
    const answer = await terminal.question('');
    muted = false;
    return answer.trim();
  };
  try {
    const email = await ask('Email: ');
    const result = await signInWithPassword({
      cognito: new CognitoIdentityProviderClient({ region: config.issuer.split('.')[1] }),
      userPoolId: config.issuer.split('/').at(-1)!,
      clientId: config.clientId,
      email,
      password: await ask('Password: ', { secret: true }),
      ask,
      tell: (line) => console.error(line),
    });
    console.error(`Signed in as ${email}.`);
    return result.IdToken!;
  } finally {
    terminal.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const config = await signInOf(values.stage);
    if (values.password) {
      if (values.stage === 'local')
        throw new Error('The local provider signs in through the browser: leave out --password.');
      const idToken = await passwordSignIn(config);
      console.log(idToken);
      process.exit(0);
    }
    const tokens = await signInOnce(config, Number(values.port), (url) => {
      console.error(`Sign in at:\n  ${url}`);
      if (values['no-browser']) return;
      const opener =
        process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
      execFile(opener, [url], () => undefined);
    });
    const claims = oauth.getValidatedIdTokenClaims(tokens)!;
    console.error(`Signed in as ${String(claims.email)} until ${new Date(claims.exp * 1000).toISOString()}.`);
    console.log(tokens.id_token);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
