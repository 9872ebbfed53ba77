import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  Mfa,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLE_DESCRIPTIONS, ROLES } from '../functions/shared/roles.ts';

/** Cognito user pool: employees sign in with email; one group per role; one app client. */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: { stage: string }) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Employees', {
      userPoolName: `sales-department-${props.stage}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Threat protection (advanced security) needs the Plus feature plan, billed per user.
    const planReason =
      'Threat protection needs the Plus feature plan, billed per user; MFA is required and there is no self sign-up. Enable it per deployment if the budget allows.';
    Validations.of(this.userPool).acknowledge({ id: 'AwsSolutions-COG3', reason: planReason });
    Validations.of(this.userPool).acknowledge({ id: 'AwsSolutions-COG8', reason: planReason });

    for (const role of ROLES) {
      new CfnUserPoolGroup(this, `Group-${role}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        description: ROLE_DESCRIPTIONS[role],
      });
    }

    // Only what clients use: SRP sign-in for tokens. No hosted-UI OAuth flows (CDK's default would
    // enable the implicit grant with an example.com callback).
    this.client = this.userPool.addClient('ApiClient', {
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      enableTokenRevocation: true,
    });
  }

  /** The issuer the JWT authorizer trusts. */
  get issuerUrl(): string {
    return `https://cognito-idp.${this.userPool.stack.region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
