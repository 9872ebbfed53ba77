import { randomBytes } from 'node:crypto';
import {
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInWithPassword } from '../../scripts/password-sign-in.ts';

const cognitoMock = mockClient(CognitoIdentityProviderClient);
const cognito = new CognitoIdentityProviderClient({ region: 'eu-west-1' });

/** What Cognito answers InitiateAuth with for SRP: its public value, the salt and a secret block. */
const passwordVerifier = {
  ChallengeName: 'PASSWORD_VERIFIER' as const,
  ChallengeParameters: {
    USER_ID_FOR_SRP: 'user-1',
    SRP_B: randomBytes(384).toString('hex'),
    SALT: randomBytes(16).toString('hex'),
    SECRET_BLOCK: randomBytes(64).toString('base64'),
  },
};

const signIn = (answers: string[]) => {
  const told: string[] = [];
  const asked: string[] = [];
  return {
    told,
    asked,
    result: signInWithPassword({
      cognito,
      userPoolId: 'eu-west-1_pool',
      clientId: 'client',
      email: 'wang.qiang@company.example',
      password: 'Temporary-Passw0rd!',
      ask: async (question) => {
        asked.push(question);
        return answers.shift()!;
      },
      tell: (line) => told.push(line),
    }),
  };
};

beforeEach(() => cognitoMock.reset());

describe('signing in with a password (npm run login -- --password)', () => {
  it('proves the password by SRP, then asks for the authenticator code', async () => {
    cognitoMock.on(InitiateAuthCommand).resolves(passwordVerifier);
    cognitoMock
      .on(RespondToAuthChallengeCommand, { ChallengeName: 'PASSWORD_VERIFIER' })
      .resolves({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's1' })
      .on(RespondToAuthChallengeCommand, { ChallengeName: 'SOFTWARE_TOKEN_MFA' })
      .resolves({ AuthenticationResult: { IdToken: 'id-token' } });
    const { result, asked } = signIn(['123456']);
    expect((await result).IdToken).toBe('id-token');
    const init = cognitoMock.commandCalls(InitiateAuthCommand)[0]!.args[0].input;
    // The password itself is never sent: only the SRP public value A.
    expect(init).toMatchObject({
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: 'wang.qiang@company.example' },
    });
    expect(init.AuthParameters!.SRP_A).toMatch(/^[0-9a-f]+$/);
    expect(JSON.stringify(cognitoMock.calls().map((call) => call.args[0].input))).not.toContain(
      'Temporary-Passw0rd!',
    );
    const verifier = cognitoMock.commandCalls(RespondToAuthChallengeCommand)[0]!.args[0].input;
    expect(Object.keys(verifier.ChallengeResponses!)).toEqual(
      expect.arrayContaining(['PASSWORD_CLAIM_SIGNATURE', 'PASSWORD_CLAIM_SECRET_BLOCK', 'TIMESTAMP']),
    );
    expect(cognitoMock.commandCalls(RespondToAuthChallengeCommand)[1]!.args[0].input).toMatchObject({
      Session: 's1',
      ChallengeResponses: { USERNAME: 'user-1', SOFTWARE_TOKEN_MFA_CODE: '123456' },
    });
    expect(asked).toHaveLength(1);
  });

  it('at the first sign-in: a new password, then the authenticator app set up and confirmed', async () => {
    cognitoMock.on(InitiateAuthCommand).resolves(passwordVerifier);
    cognitoMock
      .on(RespondToAuthChallengeCommand, { ChallengeName: 'PASSWORD_VERIFIER' })
      .resolves({ ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's1' })
      .on(RespondToAuthChallengeCommand, { ChallengeName: 'NEW_PASSWORD_REQUIRED' })
      .resolves({ ChallengeName: 'MFA_SETUP', Session: 's2' })
      .on(RespondToAuthChallengeCommand, { ChallengeName: 'MFA_SETUP' })
      .resolves({ AuthenticationResult: { IdToken: 'id-token' } });
    cognitoMock.on(AssociateSoftwareTokenCommand).resolves({ SecretCode: 'SECRETBASE32', Session: 's3' });
    cognitoMock.on(VerifySoftwareTokenCommand).resolves({ Status: 'SUCCESS', Session: 's4' });
    const { result, told } = signIn(['My-Own-Passw0rd!', '654321']);
    expect((await result).IdToken).toBe('id-token');
    expect(cognitoMock.commandCalls(RespondToAuthChallengeCommand)[1]!.args[0].input).toMatchObject({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ChallengeResponses: { NEW_PASSWORD: 'My-Own-Passw0rd!' },
    });
    expect(cognitoMock.commandCalls(AssociateSoftwareTokenCommand)[0]!.args[0].input).toEqual({
      Session: 's2',
    });
    expect(told.join('\n')).toContain('otpauth://totp/');
    expect(cognitoMock.commandCalls(VerifySoftwareTokenCommand)[0]!.args[0].input).toMatchObject({
      Session: 's3',
      UserCode: '654321',
    });
    expect(cognitoMock.commandCalls(RespondToAuthChallengeCommand)[2]!.args[0].input).toMatchObject({
      ChallengeName: 'MFA_SETUP',
      Session: 's4',
    });
  });

  it('stops with a clear error on a code that does not confirm the app, or a challenge it does not answer', async () => {
    cognitoMock.on(InitiateAuthCommand).resolves(passwordVerifier);
    cognitoMock
      .on(RespondToAuthChallengeCommand, { ChallengeName: 'PASSWORD_VERIFIER' })
      .resolves({ ChallengeName: 'MFA_SETUP', Session: 's2' });
    cognitoMock.on(AssociateSoftwareTokenCommand).resolves({ SecretCode: 'S', Session: 's3' });
    cognitoMock.on(VerifySoftwareTokenCommand).resolves({ Status: 'ERROR' });
    await expect(signIn(['000000']).result).rejects.toThrow(/did not confirm/);
    cognitoMock
      .on(RespondToAuthChallengeCommand, { ChallengeName: 'PASSWORD_VERIFIER' })
      .resolves({ ChallengeName: 'SMS_MFA', Session: 's2' });
    await expect(signIn([]).result).rejects.toThrow(/SMS_MFA/);
  });
});
