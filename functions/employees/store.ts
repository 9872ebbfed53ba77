import { getItem } from '#shared/db.ts';
import { employeeKeys } from '#shared/keys.ts';
import { type Page, type PageParameters, queryPage, toResource } from '#shared/listing.ts';
import type { Employee } from './model.ts';

export async function getEmployee(id: string): Promise<Employee | undefined> {
  const { pk, sk } = employeeKeys(id);
  const Item = await getItem({ pk, sk });
  return Item ? toResource<Employee>(Item) : undefined;
}

export function listEmployees(page: PageParameters): Promise<Page<Employee>> {
  return queryPage<Employee>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: 'EMPLOYEES' },
    ...page,
  });
}

/** The stored form of a profile; profiles are provisioned with the identity provider's users. */
export function employeeItem(profile: Employee) {
  return { ...employeeKeys(profile.id), entityType: 'Employee', ...profile };
}
