// `npm run --silent token -- <email>` or `-- --role <role>`: prints a bearer token for a demo user.
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../functions/shared/roles.ts';
import { ensureDataDir } from './config.ts';
import { DEMO_EMPLOYEES, findDemoEmployee } from './demo-data.ts';
import { localIssuer } from './issuer.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, ttl: { type: 'string', default: '3600' } },
});

const role = values.role;
if (role !== undefined && !isRole(role)) {
  console.error(`Unknown role ${role}. The roles: ${ROLES.join(', ')}.`);
  process.exit(2);
}
const person = findDemoEmployee({ email: positionals[0], role });
if (!person) {
  console.error('Usage: npm run --silent token -- <email> | --role <role>\nDemo users:');
  for (const candidate of DEMO_EMPLOYEES)
    console.error(`  ${candidate.email.padEnd(36)} ${candidate.roles.join(', ')}`);
  process.exit(2);
}
const issuer = await localIssuer(ensureDataDir());
console.log(await issuer.issue(person, Number(values.ttl)));
