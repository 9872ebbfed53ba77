import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Employee } from '../../functions/employees/model.ts';
import { emailClaimItem, employeeItem } from '../../functions/employees/store.ts';
import type { Role } from '../../functions/shared/roles.ts';
import { commit, putNew } from '../../functions/shared/transaction.ts';
import { ensureTable } from '../../local/dynamodb.ts';

/** Creates this test file's table (its name comes from the environment) and some employees. */
export async function prepareTable(people: { id: string; roles: Role[] }[]): Promise<void> {
  const client = new DynamoDBClient({});
  await ensureTable(client, process.env.TABLE_NAME!);
  client.destroy();
  const now = new Date().toISOString();
  for (const person of people) {
    const profile: Employee = {
      id: person.id,
      name: person.id,
      email: `${person.id.toLowerCase()}@test.example`,
      roles: person.roles,
      locale: 'zh-CN',
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await commit([putNew(employeeItem(profile)), putNew(emailClaimItem(profile))]);
  }
}

export { meterDynamoCalls as recordDynamoCalls } from '../../local/capacity-meter.ts';

/** Adds one employee with a name, a language and a supervisor. */
export async function addEmployee(person: {
  id: string;
  name?: string;
  roles: Role[];
  locale?: 'zh-CN' | 'en';
  supervisorId?: string;
}): Promise<void> {
  const now = new Date().toISOString();
  const { id, name = id, roles, locale = 'zh-CN', supervisorId } = person;
  const profile: Employee = {
    id,
    name,
    email: `${id.toLowerCase()}@test.example`,
    roles,
    ...(supervisorId ? { supervisorId } : {}),
    locale,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await commit([putNew(employeeItem(profile)), putNew(emailClaimItem(profile))]);
}
