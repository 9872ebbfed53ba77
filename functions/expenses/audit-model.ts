import * as z from 'zod/mini';
import { period } from '#shared/periods.ts';
import { dateBetween, named, text } from '#shared/schemas.ts';
import { EXPENSE_CATEGORIES } from './model.ts';

/**
 * The internal audit of sales expenses (R-6.6, §7.3.3): audit checks, periodically, that claims are
 * true, lawful and compliant. A sample of a period's approved and paid claims is drawn by a
 * published rule; each sampled claim gets a finding; the claimant and the sales manager answer a
 * finding; the period's report is what the audit found.
 */

/** The published sampling rule (settings `expenses.audit`): every claim that meets one part is sampled. */
export const samplingRule = named(
  'AuditSamplingRule',
  z.object({
    /** Claims of at least this amount (minor units). */
    amountAtLeast: z.int().check(z.minimum(0)),
    /** Claims of these categories. */
    categories: z.array(z.enum(EXPENSE_CATEGORIES)),
    /** Claims of these employees (under closer watch). */
    claimants: z.array(z.string()),
    /** And this share of the others, drawn at random (0 to 1). */
    randomShare: z.number().check(z.minimum(0), z.maximum(1)),
    /** At most this many claims (most reasons first, then the largest): one audit's work. */
    maxSample: z.int().check(z.minimum(1), z.maximum(90)),
  }),
);
export type SamplingRule = z.output<typeof samplingRule>;

export const SAMPLE_REASONS = ['amount', 'category', 'claimant', 'random'] as const;
export type SampleReason = (typeof SAMPLE_REASONS)[number];

export const AUDIT_STATUSES = ['open', 'closed'] as const;
export const FINDING_OUTCOMES = ['pending', 'compliant', 'finding'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;

const response = z.object({ by: z.string(), at: z.string(), text: z.string() });

export const auditFinding = named(
  'AuditFinding',
  z.object({
    period: z.string(),
    claimId: z.string(),
    claimantId: z.string(),
    category: z.enum(EXPENSE_CATEGORIES),
    amount: z.int(),
    currency: z.string(),
    /** The day of the expense. */
    date: z.string(),
    /** Why the rule sampled it. */
    reasons: z.array(z.enum(SAMPLE_REASONS)),
    outcome: z.enum(FINDING_OUTCOMES),
    severity: z.optional(z.enum(SEVERITIES)),
    observation: z.optional(z.string()),
    requestedAction: z.optional(z.string()),
    /** The day the responses are asked for. */
    respondBy: z.optional(z.string()),
    auditorId: z.optional(z.string()),
    decidedAt: z.optional(z.string()),
    claimantResponse: z.optional(response),
    managerResponse: z.optional(response),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type AuditFinding = z.output<typeof auditFinding>;

export const auditSummary = named(
  'AuditSummary',
  z.object({
    /** Approved and paid claims filed in the period. */
    population: z.int(),
    sampled: z.int(),
    pending: z.int(),
    compliant: z.int(),
    findings: z.object({ low: z.int(), medium: z.int(), high: z.int() }),
    /** Amount of the sampled claims, and of those with a finding (minor units). */
    sampledAmount: z.int(),
    findingAmount: z.int(),
    /** Findings still waiting for the claimant's, or the manager's, response. */
    awaitingClaimant: z.int(),
    awaitingManager: z.int(),
  }),
);
export type AuditSummary = z.output<typeof auditSummary>;

export const expenseAudit = named(
  'ExpenseAudit',
  z.object({
    id: z.string(),
    period: z.string(),
    status: z.enum(AUDIT_STATUSES),
    rule: samplingRule,
    /** The random draw's seed, kept so the sample can be drawn again and checked. */
    seed: z.string(),
    population: z.int(),
    sampled: z.int(),
    currency: z.string(),
    openedBy: z.string(),
    closedBy: z.optional(z.string()),
    closedAt: z.optional(z.string()),
    conclusion: z.optional(z.string()),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type ExpenseAudit = z.output<typeof expenseAudit>;

/** The period's report: the audit, its findings and what they add up to. */
export const auditReport = named(
  'ExpenseAuditReport',
  z.object({ ...expenseAudit.def.shape, summary: auditSummary, findings: z.array(auditFinding) }),
);

export const auditStart = named('ExpenseAuditStart', z.strictObject({ period }));
export const auditParams = z.strictObject({ period });
export const findingParams = z.strictObject({
  period,
  claimId: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Must be a ULID')),
});

export const findingDecision = named(
  'AuditFindingDecision',
  z.discriminatedUnion('outcome', [
    z.strictObject({ outcome: z.literal('compliant'), observation: z.optional(text(2000)) }),
    z.strictObject({
      outcome: z.literal('finding'),
      severity: z.enum(SEVERITIES),
      observation: text(2000),
      requestedAction: text(2000),
      /** Defaults to 14 days from today. */
      respondBy: z.optional(dateBetween(0, 1)),
    }),
  ]),
);
export type FindingDecision = z.output<typeof findingDecision>;

export const findingResponse = named('AuditFindingResponse', z.strictObject({ text: text(2000) }));

export const auditClosing = named('ExpenseAuditClosing', z.strictObject({ conclusion: text(4000) }));

export const auditListQuery = z.strictObject({ status: z.optional(z.enum(AUDIT_STATUSES)) });
