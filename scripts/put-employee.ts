// Lets someone into a deployed stage (AWS credentials from the environment):
//   npm run employee -- --stage prod --name 王强 --email wang.qiang@company.example \
//     --roles sales_manager,supervisor [--supervisor <id>] [--title …] [--locale zh-CN] [--region …]
// Creates their Cognito user (email as user name; Cognito emails a temporary password, and the
// first sign-in asks for their own password and an authenticator app), puts the user in exactly the
// groups of their roles, and files their employee profile under the user's `sub`. Run again to
// change the roles or the profile: an existing user keeps their password and authenticator.
import { parseArgs } from 'node:util';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  CognitoIdentityProviderClient,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { stageOutputs } from './stage-outputs.ts';
import type { Employee } from '../functions/employees/model.ts';
import { isRole, type Role } from '../functions/shared/roles.ts';

export interface NewEmployee {
  name: string;
  email: string;
  roles: Role[];
  supervisorId?: string;
  title?: string;
  locale: 'zh-CN' | 'en';
}

/** The user pool and table of a deployed stage, from its stack's outputs. */
export async function stageOf(stage: string, cloudFormation: CloudFormationClient) {
  const output = await stageOutputs(stage, cloudFormation);
  return { userPoolId: output('UserPoolId'), tableName: output('TableName') };
}

/** The user (created, or found), in exactly the groups of the roles; answers their `sub`. */
export async function ensureUser(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  person: Pick<NewEmployee, 'email' | 'roles'>,
): Promise<{ sub: string; created: boolean }> {
  const username = person.email;
  let created = true;
  let attributes: { Name?: string; Value?: string }[] | undefined;
  try {
    ({ User: { Attributes: attributes } = { Attributes: undefined } } = await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: username,
        UserAttributes: [
          { Name: 'email', Value: person.email },
          { Name: 'email_verified', Value: 'true' },
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
  const sub = attributes?.find((attribute) => attribute.Name === 'sub')?.Value;
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
  return { sub, created };
}

/** The employee profile under the user's `sub`, as the employees domain keeps it. */
export function profileOf(sub: string, person: NewEmployee, now: string): Employee {
  return {
    id: sub,
    name: person.name,
    email: person.email.toLowerCase(),
    roles: person.roles,
    ...(person.supervisorId ? { supervisorId: person.supervisorId } : {}),
    ...(person.title ? { title: person.title } : {}),
    locale: person.locale,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      stage: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      roles: { type: 'string' },
      supervisor: { type: 'string' },
      title: { type: 'string' },
      locale: { type: 'string', default: 'zh-CN' },
      region: { type: 'string' },
    },
  });
  const roles = (values.roles ?? '').split(',').filter(Boolean);
  if (!values.stage || !values.name || !values.email || roles.length === 0 || !roles.every(isRole)) {
    console.error(
      'Usage: npm run employee -- --stage STAGE --name NAME --email EMAIL --roles r1,r2 [--supervisor ID] [--title T] [--locale zh-CN|en]',
    );
    process.exit(2);
  }
  if (values.locale !== 'zh-CN' && values.locale !== 'en') {
    console.error('--locale is zh-CN or en');
    process.exit(2);
  }
  const region = values.region ? { region: values.region } : {};
  const person: NewEmployee = {
    name: values.name,
    email: values.email.toLowerCase(),
    roles: roles.filter(isRole),
    ...(values.supervisor ? { supervisorId: values.supervisor } : {}),
    ...(values.title ? { title: values.title } : {}),
    locale: values.locale,
  };
  const { userPoolId, tableName } = await stageOf(values.stage, new CloudFormationClient(region));
  const { sub, created } = await ensureUser(new CognitoIdentityProviderClient(region), userPoolId, person);
  process.env.TABLE_NAME = tableName;
  if (values.region) process.env.AWS_REGION = values.region;
  const { employeeItem, getEmployee } = await import('../functions/employees/store.ts');
  const { commit } = await import('../functions/shared/transaction.ts');
  const existing = await getEmployee(sub);
  const now = new Date().toISOString();
  const profile = {
    ...profileOf(sub, person, now),
    ...(existing ? { version: existing.version + 1, createdAt: existing.createdAt } : {}),
  };
  await commit([{ Put: { TableName: tableName, Item: employeeItem(profile) } }]);
  console.log(
    `${created ? 'created' : 'updated'} ${profile.name} <${profile.email}> (${sub}) as ${profile.roles.join(', ')}${created ? ': Cognito emails a temporary password' : ''}`,
  );
}
