import {
  AssociateSoftwareTokenCommand,
  type AuthenticationResultType,
  type ChallengeNameType,
  type CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSrpSession, signSrpSession, wrapAuthChallenge, wrapInitiateAuth } from 'cognito-srp-helper';

/** Asks the person for one answer; `secret` answers are not echoed. */
export type Ask = (question: string, options?: { secret?: boolean }) => Promise<string>;

/**
 * Signs in with email and password by SRP (the password never leaves this machine), then answers
 * each challenge Cognito sets: a new password at the first sign-in, the authenticator app's
 * enrolment (TOTP: the secret shown as an `otpauth://` address, then a code to confirm it), and the
 * code of every later sign-in. For scripts and API clients without a browser; `npm run login`
 * without `--password` uses the managed login pages instead.
 */
export async function signInWithPassword(input: {
  cognito: CognitoIdentityProviderClient;
  userPoolId: string;
  clientId: string;
  email: string;
  password: string;
  ask: Ask;
  tell: (line: string) => void;
}): Promise<AuthenticationResultType> {
  const { cognito, clientId } = input;
  const srp = createSrpSession(input.email, input.password, input.userPoolId, false);
  const started = await cognito.send(
    new InitiateAuthCommand(
      wrapInitiateAuth(srp, {
        ClientId: clientId,
        AuthFlow: 'USER_SRP_AUTH',
        AuthParameters: { USERNAME: input.email },
      }),
    ),
  );
  // Later challenges name the user by Cognito's own user name.
  const username = started.ChallengeParameters?.USER_ID_FOR_SRP ?? input.email;
  let step = await cognito.send(
    new RespondToAuthChallengeCommand(
      wrapAuthChallenge(signSrpSession(srp, started as never), {
        ClientId: clientId,
        ChallengeName: 'PASSWORD_VERIFIER',
        ChallengeResponses: { USERNAME: username },
      }),
    ),
  );
  const respond = (challenge: ChallengeNameType, responses: Record<string, string>, session = step.Session) =>
    cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: clientId,
        ChallengeName: challenge,
        Session: session,
        ChallengeResponses: { USERNAME: username, ...responses },
      }),
    );
  for (let round = 0; round < 5; round++) {
    if (step.AuthenticationResult) return step.AuthenticationResult;
    switch (step.ChallengeName) {
      case 'NEW_PASSWORD_REQUIRED': {
        input.tell(
          'First sign-in: choose your own password (12 or more characters, upper and lower case, a digit and a symbol).',
        );
        step = await respond('NEW_PASSWORD_REQUIRED', {
          NEW_PASSWORD: await input.ask('New password: ', { secret: true }),
        });
        break;
      }
      case 'MFA_SETUP': {
        const { SecretCode, Session } = await cognito.send(
          new AssociateSoftwareTokenCommand({ Session: step.Session }),
        );
        input.tell('Set up your authenticator app (TOTP) with this secret, or the address as a QR code:');
        input.tell(`  ${SecretCode}`);
        input.tell(
          `  otpauth://totp/${encodeURIComponent(`Sales department:${input.email}`)}?secret=${SecretCode}&issuer=${encodeURIComponent('Sales department')}`,
        );
        const verified = await cognito.send(
          new VerifySoftwareTokenCommand({
            Session,
            UserCode: await input.ask('Code from the app: '),
            FriendlyDeviceName: 'authenticator',
          }),
        );
        if (verified.Status !== 'SUCCESS') throw new Error('The code did not confirm the authenticator app.');
        step = await respond('MFA_SETUP', {}, verified.Session);
        break;
      }
      case 'SELECT_MFA_TYPE':
        step = await respond('SELECT_MFA_TYPE', { ANSWER: 'SOFTWARE_TOKEN_MFA' });
        break;
      case 'SOFTWARE_TOKEN_MFA':
        step = await respond('SOFTWARE_TOKEN_MFA', {
          SOFTWARE_TOKEN_MFA_CODE: await input.ask('Code from your authenticator app: '),
        });
        break;
      default:
        throw new Error(
          `Cognito asked for ${String(step.ChallengeName)}, which this sign-in does not answer.`,
        );
    }
  }
  throw new Error('The sign-in did not end after five steps.');
}
