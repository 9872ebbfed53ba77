import { type Page, type PageParameters, getResource, queryPage, collectAll } from '#shared/listing.ts';
import type { Employee } from './model.ts';
import { Employees } from './entities.ts';

export async function getEmployee(id: string): Promise<Employee | undefined> {
  return getResource<Employee>(Employees.key({ id }));
}

export function listEmployees(page: PageParameters): Promise<Page<Employee>> {
  return queryPage<Employee>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: Employees.indexPartition('gsi1', {}) },
    ...page,
  });
}

/** The stored form of a profile; profiles are provisioned with the identity provider's users. */
export function employeeItem(profile: Employee) {
  return Employees.item({ id: profile.id }, profile);
}

/** The whole department (small: one or two queries). */
export const allEmployees = (): Promise<Employee[]> => collectAll(listEmployees);

/** Employees holding a role, in id order. */
export async function employeesWithRole(role: Employee['roles'][number]): Promise<Employee[]> {
  return (await allEmployees()).filter((employee) => employee.roles.includes(role));
}
