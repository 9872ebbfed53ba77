import { type AuditRecord } from '#shared/audit.ts';
import { causes, changeWrites } from '#shared/change.ts';
import { AuditRecords } from '#shared/entities.ts';
import {
  type Page,
  type PageParameters,
  getResource,
  queryPage,
  collectAll,
  queryPartition,
} from '#shared/listing.ts';
import { putNew, type TransactItem } from '#shared/transaction.ts';
import { type Employee, isActive } from './model.ts';
import { EmployeeEmailClaims, Employees } from './entities.ts';
import { employeeChanged, employeeJoined, employeeLeft } from './events.ts';

export async function getEmployee(id: string): Promise<Employee | undefined> {
  return getResource<Employee>(Employees.key({ id }));
}

export function listEmployees(
  page: PageParameters & { status?: Employee['status'] },
): Promise<Page<Employee>> {
  const { status, ...rest } = page;
  return queryPage<Employee>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: Employees.indexPartition('gsi1', {}) },
    // Profiles filed before the directory kept a status are active.
    ...(status === 'left'
      ? {
          filter: {
            expression: '#status = :left',
            names: { '#status': 'status' },
            values: { ':left': 'left' },
          },
        }
      : status === 'active'
        ? {
            filter: {
              expression: 'attribute_not_exists(#status) OR #status <> :left',
              names: { '#status': 'status' },
              values: { ':left': 'left' },
            },
          }
        : {}),
    ...rest,
  });
}

/** Who holds a work email address, if anyone. */
export async function emailHolder(email: string): Promise<string | undefined> {
  const claim = await getResource<{ employeeId: string }>(
    EmployeeEmailClaims.key({ email: email.toLowerCase() }),
  );
  return claim?.employeeId;
}

/** The stored claim of a profile's email (also for a profile filed outside the API). */
export const emailClaimItem = (person: Employee) =>
  EmployeeEmailClaims.item({ email: person.email.toLowerCase() }, { employeeId: person.id });
const emailClaim = (person: Employee) => putNew(emailClaimItem(person));

/** The stored form of a profile (seeding; the API writes one with its history and events). */
export const employeeItem = (profile: Employee) => Employees.item({ id: profile.id }, profile);

/** Someone joins: the profile, the claim on their email, and `employee.joined`. */
export function joiningWrites(person: Employee, actorId: string): TransactItem[] {
  return changeWrites({
    entity: Employees,
    key: { id: person.id },
    before: undefined,
    after: person,
    actor: actorId,
    events: [
      causes(employeeJoined, {
        employeeId: person.id,
        email: person.email,
        roles: person.roles,
        ...(person.supervisorId ? { supervisorId: person.supervisorId } : {}),
        joinedOn: person.joinedOn!,
      }),
    ],
    with: [emailClaim(person)],
  });
}

/** A move, new roles or a new title; the sign-in account follows only roles and supervisor. */
export function profileChangeWrites(before: Employee, after: Employee, actorId: string): TransactItem[] {
  const rolesChanged = JSON.stringify(before.roles) !== JSON.stringify(after.roles);
  const moved = before.supervisorId !== after.supervisorId;
  return changeWrites({
    entity: Employees,
    key: { id: after.id },
    before,
    after,
    actor: actorId,
    events:
      rolesChanged || moved
        ? [
            causes(employeeChanged, {
              employeeId: after.id,
              email: after.email,
              roles: after.roles,
              ...(after.supervisorId ? { supervisorId: after.supervisorId } : {}),
              from: {
                ...(rolesChanged ? { roles: before.roles } : {}),
                ...(moved ? { supervisorId: before.supervisorId ?? null } : {}),
              },
            }),
          ]
        : [],
  });
}

export function leavingWrites(before: Employee, after: Employee, actorId: string): TransactItem[] {
  return changeWrites({
    entity: Employees,
    key: { id: after.id },
    before,
    after,
    actor: actorId,
    events: [
      causes(employeeLeft, {
        employeeId: after.id,
        email: after.email,
        successorId: after.successorId!,
        leftOn: after.leftOn!,
      }),
    ],
  });
}

/** A person's history: every change of their profile, oldest first. */
export async function historyOf(id: string): Promise<AuditRecord[]> {
  return queryPartition<AuditRecord>(Employees.partition({ id }), AuditRecords.skPrefix);
}

/** Everyone ever on file, leavers included (small: one or two queries). */
export const everyone = (): Promise<Employee[]> => collectAll(listEmployees);

/** The department as it is: the active people, whom work goes to. */
export const allEmployees = async (): Promise<Employee[]> => (await everyone()).filter(isActive);

/** Active employees holding a role, in id order. */
export async function employeesWithRole(role: Employee['roles'][number]): Promise<Employee[]> {
  return (await allEmployees()).filter((employee) => employee.roles.includes(role));
}
