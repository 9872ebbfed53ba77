import * as z from 'zod/mini';
import type { Entity, EntitySpec } from '#shared/entity.ts';
import { period } from '#shared/periods.ts';
import type { Role } from '#shared/roles.ts';
import { employeeId, ulidId } from '#shared/schemas.ts';
import { Approvals, Delegations } from './approvals/entities.ts';
import { Documents } from './archive/entities.ts';
import { Revisits } from './care/entities.ts';
import { Contracts } from './contracts/entities.ts';
import { Customers } from './customers/entities.ts';
import { Employees } from './employees/entities.ts';
import { Claims, ExpenseAudits, Trips } from './expenses/entities.ts';
import { CreditLimits, Orders } from './orders/entities.ts';
import { Awards, CoachingPlans, CommissionPlans, PerformanceTargets } from './performance/entities.ts';
import { SalesPlans } from './reports/entities.ts';
import { MarketIntel, Opportunities, PriceLists, Products, Quotes } from './sales/entities.ts';
import { Complaints, InboundMessages, Tickets } from './service/entities.ts';
import { Imports } from './imports/entities.ts';
import { CareerPlans, TrainingSessions } from './training/entities.ts';

type AnyEntity = Entity<EntitySpec>;

/**
 * Who reads a record's trail besides audit and the department's heads: whoever may work with its
 * customer (the customer's own access rule), the people its record names (by field, `a.b` for a
 * nested one), the employee it is about (`self`: the subject's id is theirs), or holders of
 * `roles`. A subject with
 * none is for audit and the heads only.
 */
export interface TrailReaders {
  customer?: true;
  people?: readonly string[];
  self?: true;
  /** Roles that read every such record's trail (finance: the limits it sets, the claims it pays). */
  roles?: readonly Role[];
}
const year = z.string().check(z.regex(/^20\d\d$/, 'Must be a year'));

/**
 * The records whose history the audit trail shows, by the subject name a client asks for: each is
 * the partition an audited entity's changes are recorded in (a customer's: the customer, its
 * contacts, its communication records and purchases), the id that names it, and who else reads
 * it (`readBy`). Declared once: the route's `type` and its data access come from here, and a
 * test checks that every audited entity's partition is one of these.
 */
export const AUDIT_SUBJECTS = {
  approval: { entity: Approvals, id: ulidId, readBy: { people: ['approverId', 'subject.ownerId'] } },
  award: { entity: Awards, id: employeeId, readBy: { self: true } },
  career: { entity: CareerPlans, id: employeeId, readBy: { self: true } },
  claim: { entity: Claims, id: ulidId, readBy: { people: ['claimantId'], roles: ['finance'] } },
  'coaching-plan': { entity: CoachingPlans, id: employeeId, readBy: { self: true } },
  // A quarter's plan and its payout share the quarter's partition: one trail.
  commission: { entity: CommissionPlans, id: period, readBy: { roles: ['finance'] } },
  complaint: { entity: Complaints, id: ulidId, readBy: { customer: true } },
  contract: { entity: Contracts, id: ulidId, readBy: { customer: true } },
  'credit-limit': { entity: CreditLimits, id: ulidId, readBy: { customer: true, roles: ['finance'] } },
  customer: { entity: Customers, id: ulidId, readBy: { customer: true } },
  delegation: { entity: Delegations, id: ulidId, readBy: { people: ['approverId', 'delegateId'] } },
  document: { entity: Documents, id: ulidId, readBy: { customer: true, people: ['author'] } },
  employee: { entity: Employees, id: employeeId, readBy: { self: true } },
  'expense-audit': { entity: ExpenseAudits, id: period },
  import: { entity: Imports, id: ulidId, readBy: { roles: ['sales_admin'] } },
  'inbound-message': { entity: InboundMessages, id: ulidId, readBy: { roles: ['sales_admin'] } },
  'market-intel': { entity: MarketIntel, id: ulidId, readBy: { customer: true, people: ['recordedBy'] } },
  opportunity: { entity: Opportunities, id: ulidId, readBy: { customer: true } },
  order: { entity: Orders, id: ulidId, readBy: { customer: true } },
  'performance-targets': { entity: PerformanceTargets, id: year },
  'price-list': {
    entity: PriceLists,
    id: ulidId,
    readBy: { roles: ['sales_admin', 'sales_rep', 'supervisor'] },
  },
  product: { entity: Products, id: ulidId },
  quote: { entity: Quotes, id: ulidId, readBy: { customer: true } },
  revisit: { entity: Revisits, id: ulidId, readBy: { customer: true } },
  'sales-plan': { entity: SalesPlans, id: period },
  ticket: { entity: Tickets, id: ulidId, readBy: { customer: true, people: ['technicianId'] } },
  'training-session': { entity: TrainingSessions, id: ulidId },
  trip: { entity: Trips, id: ulidId, readBy: { people: ['travellerId'] } },
} as const satisfies Record<string, { entity: AnyEntity; id: z.ZodMiniType<string>; readBy?: TrailReaders }>;

export type AuditSubject = keyof typeof AUDIT_SUBJECTS;
export const AUDIT_SUBJECT_NAMES = Object.keys(AUDIT_SUBJECTS) as AuditSubject[];

/** The one variable of a subject's partition key (`CUSTOMER#{id}` → `id`). */
export const partitionVariable = (entity: AnyEntity): string => {
  const variables = [...entity.spec.key.pk.matchAll(/\{(\w+)(?::\d+)?\}/g)].map((match) => match[1]!);
  if (variables.length !== 1) throw new Error(`${entity.type}: its partition is not named by one value`);
  return variables[0]!;
};

/** The partition of a subject's history. */
export const subjectPartition = (subject: AuditSubject, id: string): string => {
  const { entity } = AUDIT_SUBJECTS[subject];
  return (entity as AnyEntity).partition({ [partitionVariable(entity as AnyEntity)]: id } as never);
};
