import { defineEntity } from '#shared/entity.ts';

export const Employees = defineEntity({
  type: 'Employee',
  owner: 'employees',
  description:
    'A person of the department: name, email, roles, supervisor, language, joined and left. Id: the identity provider’s subject, or for someone who joined through the API the id their account carries.',
  key: { pk: 'EMPLOYEE#{id}', sk: 'PROFILE' },
  indexes: { gsi1: { pk: 'EMPLOYEES', sk: 'EMPLOYEE#{id}' } },
  audited: true,
  patterns: [
    { name: 'employee by id (token subject)', by: 'item' },
    { name: 'all employees', index: 'gsi1', by: 'partition', notes: 'by id; status as a filter' },
    {
      name: 'a person’s history (joined, moved, left)',
      by: 'prefix',
      notes: 'the audit records after the profile',
    },
  ],
});

export const EmployeeEmailClaims = defineEntity({
  type: 'EmployeeEmailClaim',
  owner: 'employees',
  description: 'Claims a work email address for one person, so the same person is not filed twice.',
  key: { pk: 'EMPLOYEE_EMAIL#{email}', sk: 'CLAIM' },
  patterns: [
    { name: 'who holds an email address', by: 'item', notes: 'condition in the joining transaction' },
  ],
});
