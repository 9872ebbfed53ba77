import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { profileOf, stageOf } from '../../scripts/put-employee.ts';
import { ensureUser, syncAccount } from '../../functions/employees/sign-in-account.ts';
import type { Employee } from '../../functions/employees/model.ts';

const cognitoMock = mockClient(CognitoIdentityProviderClient);
const cloudFormationMock = mockClient(CloudFormationClient);
const cognito = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
const person = {
  name: '王强',
  email: 'wang.qiang@company.example',
  roles: ['sales_manager', 'supervisor'] as const,
};

beforeEach(() => {
  cognitoMock.reset();
  cloudFormationMock.reset();
});

describe('letting someone into a deployed stage (npm run employee)', () => {
  it('creates the user with a verified email (Cognito emails the temporary password) in the groups of the roles', async () => {
    cognitoMock
      .on(AdminCreateUserCommand)
      .resolves({ User: { Attributes: [{ Name: 'sub', Value: 'sub-1' }] } });
    cognitoMock.on(AdminListGroupsForUserCommand).resolves({ Groups: [] });
    const user = await ensureUser(cognito, 'pool', { ...person, roles: [...person.roles] });
    expect(user).toEqual({ sub: 'sub-1', created: true, employeeId: 'sub-1' });
    expect(cognitoMock.commandCalls(AdminCreateUserCommand)[0]!.args[0].input).toMatchObject({
      UserPoolId: 'pool',
      Username: person.email,
      DesiredDeliveryMediums: ['EMAIL'],
      UserAttributes: expect.arrayContaining([{ Name: 'email_verified', Value: 'true' }]),
    });
    expect(
      cognitoMock.commandCalls(AdminAddUserToGroupCommand).map((call) => call.args[0].input.GroupName),
    ).toEqual(['sales_manager', 'supervisor']);
    expect(
      profileOf(user.sub, { ...person, roles: [...person.roles], locale: 'zh-CN' }, '2026-12-06T00:00:00Z'),
    ).toMatchObject({
      id: 'sub-1',
      email: person.email,
      roles: ['sales_manager', 'supervisor'],
    });
  });

  it('run again, keeps the user (password and authenticator) and sets exactly the groups of the new roles', async () => {
    cognitoMock
      .on(AdminCreateUserCommand)
      .rejects(new UsernameExistsException({ message: 'exists', $metadata: {} }));
    cognitoMock.on(AdminGetUserCommand).resolves({ UserAttributes: [{ Name: 'sub', Value: 'sub-1' }] });
    cognitoMock
      .on(AdminListGroupsForUserCommand)
      .resolves({ Groups: [{ GroupName: 'sales_manager' }, { GroupName: 'finance' }] });
    expect(
      await ensureUser(cognito, 'pool', { email: person.email, roles: ['sales_manager', 'supervisor'] }),
    ).toEqual({ sub: 'sub-1', created: false, employeeId: 'sub-1' });
    expect(
      cognitoMock.commandCalls(AdminAddUserToGroupCommand).map((call) => call.args[0].input.GroupName),
    ).toEqual(['supervisor']);
    expect(
      cognitoMock.commandCalls(AdminRemoveUserFromGroupCommand).map((call) => call.args[0].input.GroupName),
    ).toEqual(['finance']);
  });

  it('finds the stage’s user pool and table in its stack’s outputs, and says when it is not deployed', async () => {
    cloudFormationMock.on(DescribeStacksCommand).resolves({
      Stacks: [
        {
          StackName: 'SalesDepartment-prod',
          CreationTime: new Date(),
          StackStatus: 'CREATE_COMPLETE',
          Outputs: [
            { OutputKey: 'UserPoolId', OutputValue: 'eu-west-1_abc' },
            { OutputKey: 'TableName', OutputValue: 'sales-department-prod' },
          ],
        },
      ],
    });
    expect(await stageOf('prod', new CloudFormationClient({ region: 'eu-west-1' }))).toEqual({
      userPoolId: 'eu-west-1_abc',
      tableName: 'sales-department-prod',
    });
    cloudFormationMock.on(DescribeStacksCommand).resolves({ Stacks: [] });
    await expect(stageOf('prod', new CloudFormationClient({ region: 'eu-west-1' }))).rejects.toThrow(
      /deploy it first/,
    );
  });
});

describe('keeping a sign-in account to its profile (employees-events, on AWS)', () => {
  const at = '2026-12-06T00:00:00Z';
  const joined: Employee = {
    id: '01KJOINED000000000000000000',
    name: '周敏',
    email: 'zhou.min@company.example',
    roles: ['sales_rep'],
    locale: 'zh-CN',
    status: 'active',
    version: 1,
    createdAt: at,
    updatedAt: at,
  };

  it('makes the account of someone who joined, carrying their employee id, in the groups of their roles', async () => {
    cognitoMock.on(AdminCreateUserCommand).resolves({
      User: {
        Attributes: [
          { Name: 'sub', Value: 'sub-9' },
          { Name: 'custom:employee_id', Value: joined.id },
        ],
      },
    });
    cognitoMock.on(AdminListGroupsForUserCommand).resolves({ Groups: [] });
    await syncAccount(cognito, 'pool', joined);
    expect(cognitoMock.commandCalls(AdminCreateUserCommand)[0]!.args[0].input.UserAttributes).toContainEqual({
      Name: 'custom:employee_id',
      Value: joined.id,
    });
    expect(
      cognitoMock.commandCalls(AdminAddUserToGroupCommand).map((call) => call.args[0].input.GroupName),
    ).toEqual(['sales_rep']);
  });

  it('run again (a redelivery, or a move), changes only the groups; an account that names someone else is an error', async () => {
    cognitoMock
      .on(AdminCreateUserCommand)
      .rejects(new UsernameExistsException({ message: 'exists', $metadata: {} }));
    cognitoMock.on(AdminGetUserCommand).resolves({
      UserAttributes: [
        { Name: 'sub', Value: 'sub-9' },
        { Name: 'custom:employee_id', Value: joined.id },
      ],
    });
    cognitoMock.on(AdminListGroupsForUserCommand).resolves({ Groups: [{ GroupName: 'sales_rep' }] });
    await syncAccount(cognito, 'pool', { ...joined, roles: ['sales_rep', 'supervisor'] });
    expect(
      cognitoMock.commandCalls(AdminAddUserToGroupCommand).map((call) => call.args[0].input.GroupName),
    ).toEqual(['supervisor']);
    expect(cognitoMock.commandCalls(AdminRemoveUserFromGroupCommand)).toHaveLength(0);

    cognitoMock.on(AdminGetUserCommand).resolves({
      UserAttributes: [
        { Name: 'sub', Value: 'sub-9' },
        { Name: 'custom:employee_id', Value: 'SOMEONE-ELSE' },
      ],
    });
    await expect(syncAccount(cognito, 'pool', joined)).rejects.toThrow(/belongs to employee SOMEONE-ELSE/);
  });

  it('disables and signs out a leaver’s account, and finds nothing to do when there is no account', async () => {
    const left = { ...joined, status: 'left' as const, leftOn: '2026-12-06', successorId: 'rep' };
    cognitoMock.on(AdminDisableUserCommand).resolves({});
    cognitoMock.on(AdminUserGlobalSignOutCommand).resolves({});
    await syncAccount(cognito, 'pool', left);
    expect(cognitoMock.commandCalls(AdminDisableUserCommand)[0]!.args[0].input).toEqual({
      UserPoolId: 'pool',
      Username: joined.email,
    });
    expect(cognitoMock.commandCalls(AdminUserGlobalSignOutCommand)).toHaveLength(1);
    expect(cognitoMock.commandCalls(AdminCreateUserCommand)).toHaveLength(0);

    cognitoMock.reset();
    cognitoMock
      .on(AdminDisableUserCommand)
      .rejects(new UserNotFoundException({ message: 'no', $metadata: {} }));
    await expect(syncAccount(cognito, 'pool', left)).resolves.toBeUndefined();
    cognitoMock.on(AdminDisableUserCommand).rejects(new Error('throttled'));
    await expect(syncAccount(cognito, 'pool', left)).rejects.toThrow('throttled');
  });
});
