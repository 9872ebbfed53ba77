import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  CfnUserPoolGroup,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolEmail,
} from 'aws-cdk-lib/aws-cognito';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { EMPLOYEE_ID_ATTRIBUTE } from '../functions/shared/caller.ts';
import { ROLE_DESCRIPTIONS, ROLES } from '../functions/shared/roles.ts';
import { SIGN_IN } from '../functions/shared/sign-in.ts';

/**
 * Cognito: employees sign in with email, password and a TOTP code (MFA required, enrolled at the
 * first sign-in); one group per role; no self sign-up. One public app client serves every way in:
 * the managed login pages (authorization code with PKCE) for the report page and for
 * `npm run login` (its loopback address), and SRP for scripts.
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  private appClient?: UserPoolClient;

  constructor(
    scope: Construct,
    id: string,
    props: { stage: string; senderAddress: string; userPoolEmail: string; domainPrefix: string },
  ) {
    super(scope, id);
    const stack = Stack.of(this);
    this.userPool = new UserPool(this, 'Employees', {
      userPoolName: `sales-department-${props.stage}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      // The employee id of an account made for someone who joined through the API: set once, by
      // the employees domain, and carried in their tokens (functions/shared/caller.ts).
      customAttributes: {
        [EMPLOYEE_ID_ATTRIBUTE]: new StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
      },
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
      // Temporary passwords and codes: Cognito's own sender allows about 50 emails a day.
      email:
        props.userPoolEmail === 'ses'
          ? UserPoolEmail.withSES({
              fromEmail: props.senderAddress,
              fromName: 'Sales department',
              sesVerifiedDomain: props.senderAddress.split('@')[1]!,
              sesRegion: stack.region,
            })
          : UserPoolEmail.withCognito(),
      userInvitation: {
        emailSubject: 'Your sales department account',
        emailBody:
          'Sign in as {username} with the temporary password {####}; you will choose your own password and set up an authenticator app.',
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (props.userPoolEmail !== 'ses')
      Annotations.of(this).addWarningV2(
        'sales-department:user-pool-email',
        'The user pool sends its own emails through Cognito (about 50 a day): deploy with -c userPoolEmail=ses once the sender domain is verified in SES.',
      );
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

    // The managed login pages (sign-in, first-sign-in password change, TOTP enrolment, MFA).
    this.domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: {
        domainPrefix: props.domainPrefix || `sales-department-${props.stage}-${stack.account}`,
      },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
  }

  /**
   * The app client, once the API's address is known: the managed login returns to the report page
   * and to `npm run login`'s loopback address. Its id is the audience of the API's authorizer.
   */
  addAppClient(apiUrl: string): UserPoolClient {
    this.appClient = this.userPool.addClient('ApiClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: SIGN_IN.pages.map((page) => `${apiUrl}${page}`).concat(SIGN_IN.cliRedirectUri),
        logoutUrls: SIGN_IN.pages.map((page) => `${apiUrl}${page}`),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      enableTokenRevocation: true,
    });
    // Managed login shows a page only for a client that has a style: Cognito's own.
    new CfnManagedLoginBranding(this, 'SignInStyle', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.appClient.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    new CfnOutput(Stack.of(this), 'SignInDomain', { value: this.domain.baseUrl() });
    return this.appClient;
  }

  /** Lets a function keep sign-in accounts: make them, set their groups, disable and sign them out. */
  grantAccountKeeping(fn: LambdaFunction): void {
    fn.addEnvironment('USER_POOL_ID', this.userPool.userPoolId);
    this.userPool.grant(
      fn,
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminGetUser',
      'cognito-idp:AdminListGroupsForUser',
      'cognito-idp:AdminAddUserToGroup',
      'cognito-idp:AdminRemoveUserFromGroup',
      'cognito-idp:AdminDisableUser',
      'cognito-idp:AdminUserGlobalSignOut',
    );
  }

  get client(): UserPoolClient {
    if (!this.appClient) throw new Error('addAppClient first');
    return this.appClient;
  }

  /** The issuer the JWT authorizer trusts. */
  get issuerUrl(): string {
    return `https://cognito-idp.${this.userPool.stack.region}.amazonaws.com/${this.userPool.userPoolId}`;
  }

  /** What a sign-in page needs (`SIGN_IN_*` variables): the issuer, the endpoints and the client. */
  signInEnvironment(): Record<string, string> {
    return {
      SIGN_IN_ISSUER: this.issuerUrl,
      SIGN_IN_AUTHORIZATION_ENDPOINT: `${this.domain.baseUrl()}/oauth2/authorize`,
      SIGN_IN_TOKEN_ENDPOINT: `${this.domain.baseUrl()}/oauth2/token`,
      SIGN_IN_CLIENT_ID: this.client.userPoolClientId,
    };
  }
}
