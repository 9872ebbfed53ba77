// Files or updates an employee profile in a deployed table (AWS credentials from the environment):
//   npm run employee -- --table sales-department-prod --id <cognito sub> --name 王强 \
//     --email wang.qiang@company.example --roles sales_manager,supervisor [--supervisor <id>] [--locale zh-CN]
// The Cognito user (same email, groups = roles) is created with the AWS CLI or console; its `sub` is the id.
import { parseArgs } from 'node:util';
import type { Employee } from '../functions/employees/model.ts';
import { employeeItem } from '../functions/employees/store.ts';
import { isRole } from '../functions/shared/roles.ts';

const { values } = parseArgs({
  options: {
    table: { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    roles: { type: 'string' },
    supervisor: { type: 'string' },
    title: { type: 'string' },
    locale: { type: 'string', default: 'zh-CN' },
  },
});
const roles = (values.roles ?? '').split(',').filter(Boolean);
if (
  !values.table ||
  !values.id ||
  !values.name ||
  !values.email ||
  roles.length === 0 ||
  !roles.every(isRole)
) {
  console.error(
    'Usage: npm run employee -- --table T --id SUB --name NAME --email EMAIL --roles r1,r2 [--supervisor ID]',
  );
  process.exit(2);
}
if (values.locale !== 'zh-CN' && values.locale !== 'en') {
  console.error('--locale is zh-CN or en');
  process.exit(2);
}
process.env.TABLE_NAME = values.table;
const { commit } = await import('../functions/shared/transaction.ts');
const now = new Date().toISOString();
const profile: Employee = {
  id: values.id,
  name: values.name,
  email: values.email.toLowerCase(),
  roles: roles.filter(isRole),
  ...(values.supervisor ? { supervisorId: values.supervisor } : {}),
  ...(values.title ? { title: values.title } : {}),
  locale: values.locale,
  version: 1,
  createdAt: now,
  updatedAt: now,
};
await commit([{ Put: { TableName: values.table, Item: employeeItem(profile) } }]);
console.log(`filed ${profile.name} (${profile.id}) as ${profile.roles.join(', ')}`);
