import * as z from 'zod/mini';
import { ROLES } from '#shared/roles.ts';
import { dateBetween, emailAddress, employeeId, line, named, resourceFields, text } from '#shared/schemas.ts';

export const EMPLOYEE_STATUSES = ['active', 'left'] as const;
const LOCALES = ['zh-CN', 'en'] as const;

export const employee = named(
  'Employee',
  z.object({
    ...resourceFields,
    name: z.string(),
    email: z.string(),
    roles: z.array(z.enum(ROLES)),
    /** At most one direct superior: the team is the line of supervisors. */
    supervisorId: z.optional(z.string()),
    title: z.optional(z.string()),
    locale: z.enum(LOCALES),
    /** Absent on profiles filed before the directory kept it: those are active. */
    status: z.optional(z.enum(EMPLOYEE_STATUSES)),
    joinedOn: z.optional(z.string()),
    leftOn: z.optional(z.string()),
    /** Who took over a leaver's customers and open work. */
    successorId: z.optional(z.string()),
    leavingReason: z.optional(z.string()),
  }),
);
export type Employee = z.output<typeof employee>;

export const isActive = (person: Pick<Employee, 'status'>): boolean => person.status !== 'left';

const roleList = z.array(z.enum(ROLES)).check(
  z.minLength(1),
  z.refine((roles) => new Set(roles).size === roles.length, 'Name each role once'),
);

/** A person joining the department (§2.1.2): the sales manager builds the team. */
export const newEmployee = z.strictObject({
  name: line(100),
  email: emailAddress,
  roles: roleList,
  supervisorId: z.optional(employeeId),
  title: z.optional(line(100)),
  locale: z._default(z.enum(LOCALES), 'zh-CN'),
  /** Defaults to today; up to a year back (filed late) or ahead (an agreed start). */
  joinedOn: z.optional(dateBetween(1, 1)),
});
export type NewEmployee = z.output<typeof newEmployee>;

/** A move to another team (supervisor), another title or other roles; `null` removes. */
export const employeePatch = named(
  'EmployeePatch',
  z
    .strictObject({
      name: z.optional(line(100)),
      roles: z.optional(roleList),
      supervisorId: z.optional(z.nullable(employeeId)),
      title: z.optional(z.nullable(line(100))),
      locale: z.optional(z.enum(LOCALES)),
    })
    .check(z.refine((patch) => Object.keys(patch).length > 0, 'Name at least one field to change')),
);
export type EmployeePatch = z.output<typeof employeePatch>;

/** Someone leaves: their customers and open work go to the successor. */
export const leaving = named(
  'EmployeeLeaving',
  z.strictObject({
    successorId: employeeId,
    leftOn: z.optional(dateBetween(1, 1)),
    reason: z.optional(text(1000)),
  }),
);
export type Leaving = z.output<typeof leaving>;

export const employeeListQuery = z.strictObject({ status: z.optional(z.enum(EMPLOYEE_STATUSES)) });

export const employeeParams = z.strictObject({ id: employeeId });

/** One change in a person's history, from the audit trail written with it. */
export const employeeHistoryEntry = named(
  'EmployeeHistoryEntry',
  z.object({
    action: z.enum(['created', 'updated']),
    actorId: z.string(),
    at: z.string(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  }),
);

export const employeeWithHistory = named(
  'EmployeeWithHistory',
  z.object({ ...employee.def.shape, history: z.array(employeeHistoryEntry) }),
);
