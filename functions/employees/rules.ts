import { nextVersion } from '#shared/clock.ts';
import { conflict, invalid, notAllowed } from '#shared/domain-errors.ts';
import { mergePatch } from '#shared/merge-patch.ts';
import { CUSTOMER_OWNER_ROLES } from '#shared/roles.ts';
import { type Employee, type EmployeePatch, isActive, type Leaving } from './model.ts';

/**
 * Team management (§2.1.2): the sales manager builds the team. Pure rules over the department as it
 * is (`people`: every profile, leavers included), so each is tested without a table.
 */

const byId = (people: readonly Employee[]) => new Map(people.map((person) => [person.id, person]));

/**
 * A supervisor is an active colleague, not the person, and not someone who reports to them (a
 * line of supervisors never comes back to where it started).
 */
export function assertSupervisor(
  employeeId: string,
  supervisorId: string,
  people: readonly Employee[],
): void {
  const directory = byId(people);
  const supervisor = directory.get(supervisorId);
  const refuse = (message: string) => invalid([{ in: 'body', path: 'supervisorId', message }]);
  if (supervisorId === employeeId) throw refuse('Nobody supervises themself');
  if (!supervisor || !isActive(supervisor)) throw refuse('No active employee with this id');
  const seen = new Set<string>();
  for (
    let above: Employee | undefined = supervisor;
    above?.supervisorId;
    above = directory.get(above.supervisorId)
  ) {
    if (above.supervisorId === employeeId) throw refuse('Reports to this person: the line would go round');
    if (seen.has(above.id)) break;
    seen.add(above.id);
  }
}

/** The department keeps at least one active sales manager: someone must be able to run it. */
function assertKeepsAManager(people: readonly Employee[], changed: Employee): void {
  const managers = people.filter(
    (person) => person.id !== changed.id && isActive(person) && person.roles.includes('sales_manager'),
  );
  if (managers.length === 0 && !(isActive(changed) && changed.roles.includes('sales_manager')))
    throw conflict('The department would have no sales manager: name another one first.');
}

/**
 * A move to another team, roles or title. Nobody changes their own roles or supervisor (another
 * sales manager does); a leaver's profile stays as it was when they left.
 */
export function movedEmployee(
  current: Employee,
  patch: EmployeePatch,
  callerId: string,
  people: readonly Employee[],
  now: string,
): Employee {
  if (!isActive(current))
    throw conflict(`${current.name} left on ${current.leftOn}; a leaver's profile is kept as it was.`);
  if (current.id === callerId && (patch.roles !== undefined || patch.supervisorId !== undefined))
    throw notAllowed('Nobody changes their own roles or team: another sales manager does.');
  if (patch.supervisorId) assertSupervisor(current.id, patch.supervisorId, people);
  const next = nextVersion(mergePatch(current, patch), now);
  assertKeepsAManager(people, next);
  return next;
}

/**
 * Someone leaves. Their customers and open work go to the successor, an active rep or manager;
 * whoever reports to them moves to another supervisor first (a team is not left without one).
 */
export function leftEmployee(
  current: Employee,
  leaving: Leaving,
  callerId: string,
  people: readonly Employee[],
  today: string,
  now: string,
): Employee {
  if (!isActive(current)) throw conflict(`${current.name} already left on ${current.leftOn}.`);
  if (current.id === callerId)
    throw notAllowed('Nobody records their own leaving: another sales manager does.');
  const successor = byId(people).get(leaving.successorId);
  if (
    leaving.successorId === current.id ||
    !successor ||
    !isActive(successor) ||
    !successor.roles.some((role) => CUSTOMER_OWNER_ROLES.includes(role))
  )
    throw invalid([
      { in: 'body', path: 'successorId', message: 'No other active sales rep or manager with this id' },
    ]);
  const reports = people.filter((person) => isActive(person) && person.supervisorId === current.id);
  if (reports.length > 0)
    throw conflict(
      `${current.name} still supervises ${reports.map((person) => `${person.name} (${person.id})`).join(', ')}: move them to another supervisor first.`,
    );
  const next = nextVersion(
    {
      ...current,
      status: 'left' as const,
      leftOn: leaving.leftOn ?? today,
      successorId: leaving.successorId,
      ...(leaving.reason !== undefined ? { leavingReason: leaving.reason } : {}),
    },
    now,
  );
  assertKeepsAManager(people, next);
  return next;
}
