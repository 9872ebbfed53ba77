import { defineEntity } from '#shared/entity.ts';

export const Employees = defineEntity({
  type: 'Employee',
  owner: 'employees',
  description:
    'A person of the department: name, email, roles, supervisor, language. Id: the identity provider’s subject.',
  key: { pk: 'EMPLOYEE#{id}', sk: 'PROFILE' },
  indexes: { gsi1: { pk: 'EMPLOYEES', sk: 'EMPLOYEE#{id}' } },
  patterns: [
    { name: 'employee by id (token subject)', by: 'item' },
    { name: 'all employees', index: 'gsi1', by: 'partition', notes: 'by id' },
  ],
});
