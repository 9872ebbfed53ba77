// Lets someone into a deployed stage (AWS credentials from the environment):
//   npm run employee -- --stage prod --name 王强 --email wang.qiang@company.example \
//     --roles sales_manager,supervisor [--supervisor <id>] [--title …] [--locale zh-CN] [--region …]
// Creates their Cognito user (email as user name; Cognito emails a temporary password, and the
// first sign-in asks for their own password and an authenticator app), puts the user in exactly the
// groups of their roles, and files their employee profile under the user's `sub`. Run again to
// change the roles or the profile: an existing user keeps their password and authenticator.
import { parseArgs } from 'node:util';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { stageOutputs } from './stage-outputs.ts';
import type { Employee } from '../functions/employees/model.ts';
import { ensureUser } from '../functions/employees/sign-in-account.ts';
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
    status: 'active',
    joinedOn: now.slice(0, 10),
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
  const { employeeId: sub, created } = await ensureUser(
    new CognitoIdentityProviderClient(region),
    userPoolId,
    person,
  );
  process.env.TABLE_NAME = tableName;
  if (values.region) process.env.AWS_REGION = values.region;
  const { emailClaimItem, employeeItem, getEmployee } = await import('../functions/employees/store.ts');
  const { commit } = await import('../functions/shared/transaction.ts');
  const existing = await getEmployee(sub);
  const now = new Date().toISOString();
  const profile = {
    ...profileOf(sub, person, now),
    ...(existing ? { version: existing.version + 1, createdAt: existing.createdAt } : {}),
  };
  await commit([
    { Put: { TableName: tableName, Item: employeeItem(profile) } },
    { Put: { TableName: tableName, Item: emailClaimItem(profile) } },
  ]);
  console.log(
    `${created ? 'created' : 'updated'} ${profile.name} <${profile.email}> (${sub}) as ${profile.roles.join(', ')}${created ? ': Cognito emails a temporary password' : ''}`,
  );
}
