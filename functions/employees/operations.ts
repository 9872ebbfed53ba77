import { ANY_EMPLOYEE, defineOwnership, self } from '#shared/access.ts';
import { today } from '#shared/calendar.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { commitChange } from '#shared/change.ts';
import { newResource, nowIso } from '#shared/clock.ts';
import { expectedVersion } from '#shared/conditional.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { defineOperation, MERGE_PATCH_TYPES, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { conflict } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import * as z from 'zod/mini';
import {
  type Employee,
  employeeListQuery,
  employeeParams,
  employeePatch,
  leaving,
  newEmployee,
} from './model.ts';
import { assertSupervisor, leftEmployee, movedEmployee } from './rules.ts';
import {
  profileChangeWrites,
  emailHolder,
  everyone,
  getEmployee,
  historyOf,
  joiningWrites,
  leavingWrites,
  listEmployees,
} from './store.ts';

/** Who keeps the team (§2.1.2: the sales manager builds it). */
const TEAM_KEEPERS = ['sales_manager'] as const;
/** Who reads the whole directory. */
const DIRECTORY_READERS = ['sales_manager', 'sales_admin'] as const;

/** Checked by `assertMayRead`. */
const personReaders = defineOwnership(
  'person’s readers',
  'The person, their direct supervisor, and the sales manager and sales admin read a profile and its history.',
);

function assertMayRead(caller: Caller, person: Employee): void {
  if (caller.id === person.id || person.supervisorId === caller.id || hasAnyRole(caller, DIRECTORY_READERS))
    return;
  throw notAllowed('Only the person, their supervisor, the sales manager and sales admin read a profile.');
}

const me = defineOperation({
  operationId: 'getMyProfile',
  method: 'GET',
  path: '/employees/me',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [self],
  async handle({ caller }) {
    return resourceReply(found(await getEmployee(caller.id), `An employee profile for ${caller.id}`));
  },
});

const list = defineOperation({
  operationId: 'listEmployees',
  method: 'GET',
  path: '/employees',
  auth: 'jwt',
  roles: DIRECTORY_READERS,
  query: z.strictObject({ ...employeeListQuery.def.shape, ...pageParameters }),
  async handle({ query }) {
    return { status: 200, body: await listEmployees(query) };
  },
});

const join = defineOperation({
  operationId: 'addEmployee',
  method: 'POST',
  path: '/employees',
  auth: 'jwt',
  roles: TEAM_KEEPERS,
  body: newEmployee,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    const email = body.email.toLowerCase();
    const person: Employee = newResource({
      name: body.name,
      email,
      roles: body.roles,
      ...(body.supervisorId ? { supervisorId: body.supervisorId } : {}),
      ...(body.title ? { title: body.title } : {}),
      locale: body.locale,
      status: 'active' as const,
      joinedOn: body.joinedOn ?? today(),
    });
    const { id } = person;
    if (body.supervisorId) assertSupervisor(id, body.supervisorId, await everyone());
    try {
      return await createOnce(
        request,
        joiningWrites(person, caller.id),
        createdReply(`/employees/${id}`, person),
      );
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition('employeeEmailClaim'))
        throw conflict(`${email} is already on file (employee ${await emailHolder(email)}).`);
      throw error;
    }
  },
});

const read = defineOperation({
  operationId: 'getEmployee',
  method: 'GET',
  path: '/employees/{id}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [personReaders],
  params: employeeParams,
  async handle({ caller, params }) {
    const person = found(await getEmployee(params.id), `Employee ${params.id}`);
    assertMayRead(caller, person);
    const history = (await historyOf(person.id)).map(({ action, actorId, at, changes }) => ({
      action,
      actorId,
      at,
      changes,
    }));
    const reply = resourceReply(person);
    return { ...reply, body: { ...person, history } };
  },
});

const change = defineOperation({
  operationId: 'updateEmployee',
  method: 'PATCH',
  path: '/employees/{id}',
  auth: 'jwt',
  roles: TEAM_KEEPERS,
  params: employeeParams,
  body: employeePatch,
  bodyTypes: MERGE_PATCH_TYPES,
  conditional: true,
  async handle({ caller, params, body, headers }) {
    const current = found(await getEmployee(params.id), `Employee ${params.id}`);
    expectedVersion(headers, current.version);
    const next = movedEmployee(current, body, caller.id, await everyone(), nowIso());
    await commitChange(profileChangeWrites(current, next, caller.id));
    return resourceReply(next);
  },
});

const leave = defineOperation({
  operationId: 'recordLeaving',
  method: 'POST',
  path: '/employees/{id}/leave',
  auth: 'jwt',
  roles: TEAM_KEEPERS,
  params: employeeParams,
  body: leaving,
  async handle({ caller, params, body }) {
    const current = found(await getEmployee(params.id), `Employee ${params.id}`);
    const next = leftEmployee(current, body, caller.id, await everyone(), today(), nowIso());
    await commitChange(leavingWrites(current, next, caller.id));
    return resourceReply(next);
  },
});

export const employeeOperations: readonly Operation[] = [me, list, join, read, change, leave];
