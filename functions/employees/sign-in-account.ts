import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { EMPLOYEE_ID_CLAIM } from '#shared/caller.ts';
import type { Role } from '#shared/roles.ts';
import { type Employee, isActive } from './model.ts';

/**
 * A person's sign-in account in the Cognito user pool, kept to their profile: the account exists,
 * carries their employee id, is in exactly the groups of their roles, and is disabled once they
 * left. Every step is idempotent (a redelivery, or the deployment script run again, changes nothing
 * more), and each run reads the profile as it is now, so events arriving out of order still end at
 * the profile's state.
 */
type Attributes = { Name?: string; Value?: string }[] | undefined;
const valueOf = (attributes: Attributes, name: string) =>
  attributes?.find((item) => item.Name === name)?.Value;

/**
 * The user (created, or found), in exactly the groups of the roles; answers their `sub` and the
 * employee id their tokens carry. A new user gets `employeeId` (immutable) when one is given.
 */
export async function ensureUser(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  person: { email: string; roles: readonly Role[]; employeeId?: string },
): Promise<{ sub: string; created: boolean; employeeId: string }> {
  const username = person.email;
  let created = true;
  let attributes: Attributes;
  try {
    ({ User: { Attributes: attributes } = { Attributes: undefined } } = await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: username,
        UserAttributes: [
          { Name: 'email', Value: person.email },
          { Name: 'email_verified', Value: 'true' },
          ...(person.employeeId ? [{ Name: EMPLOYEE_ID_CLAIM, Value: person.employeeId }] : []),
        ],
        DesiredDeliveryMediums: ['EMAIL'],
      }),
    ));
  } catch (error) {
    if (!(error instanceof UsernameExistsException)) throw error;
    created = false;
    ({ UserAttributes: attributes } = await cognito.send(
      new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }),
    ));
  }
  const sub = valueOf(attributes, 'sub');
  if (!sub) throw new Error(`Cognito answered no sub for ${username}`);
  const { Groups = [] } = await cognito.send(
    new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username }),
  );
  const current = Groups.map((group) => group.GroupName!);
  for (const role of person.roles.filter((role) => !current.includes(role)))
    await cognito.send(
      new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: role }),
    );
  for (const group of current.filter((group) => !person.roles.includes(group as Role)))
    await cognito.send(
      new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }),
    );
  return { sub, created, employeeId: valueOf(attributes, EMPLOYEE_ID_CLAIM) ?? sub };
}

/** A leaver's account: disabled (no new sign-in) and signed out everywhere (no refresh). */
async function disableUser(cognito: CognitoIdentityProviderClient, userPoolId: string, username: string) {
  try {
    await cognito.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: username }));
    await cognito.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username }));
  } catch (error) {
    // Nobody to disable: the account was never made, or was removed by hand.
    if (!(error instanceof UserNotFoundException)) throw error;
  }
}

/** Brings the person's account to their profile as it is now. */
export async function syncAccount(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  person: Employee,
): Promise<void> {
  if (!isActive(person)) return disableUser(cognito, userPoolId, person.email);
  const account = await ensureUser(cognito, userPoolId, {
    email: person.email,
    roles: person.roles,
    employeeId: person.id,
  });
  // Tokens of this account name another profile: someone must settle which one is this person.
  if (account.employeeId !== person.id)
    throw new Error(
      `The sign-in account for ${person.email} belongs to employee ${account.employeeId}, not ${person.id}`,
    );
}
