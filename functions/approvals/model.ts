import * as z from 'zod/mini';
import { ROLES } from '#shared/roles.ts';
import { isCleanText, named } from '#shared/schemas.ts';

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'expired'] as const;

const language = z.enum(['zh-CN', 'en']);

/** What the approver reads of a reviewed subject: title and summary lines, in each language. */
export const reviewSubject = named(
  'ReviewSubject',
  z.object({
    type: z.string(),
    id: z.string(),
    /** Who is told about the outcome (the subject's owner). */
    ownerId: z.string(),
    title: z.string(),
    /** Lines the approver reads before deciding. */
    summary: z.array(z.string()),
    /** Title and summary in each language an approver may read (a missing one falls back to the above). */
    localized: z.record(language, z.object({ title: z.string(), summary: z.array(z.string()) })),
    /** Steps whose approval must give its reason (a credit override), as a rejection always does. */
    approvalNeedsComment: z.optional(z.array(z.string())),
    /**
     * What holds of the subject's item while this round is the one under review (its status and
     * round, by attribute path): a decision commits only while it does, so a step of a withdrawn or
     * changed subject cannot be decided, however late its stop arrives.
     */
    standsWhile: z.optional(
      z.object({
        key: z.object({ pk: z.string(), sk: z.string() }),
        fields: z.record(z.string(), z.union([z.string(), z.number()])),
      }),
    ),
  }),
);
export type ReviewSubject = z.output<typeof reviewSubject>;

/** Why a round did not pass: the step, the comment and who (or `workflow`) returned it, when. */
export const rejection = named(
  'Rejection',
  z.object({ step: z.string(), comment: z.string(), by: z.string(), at: z.string() }),
);
export type Rejection = z.output<typeof rejection>;

/** A committee step as resolved at submission: its members, and what decides it. */
export const resolvedCommittee = z.object({
  members: z
    .array(z.object({ approverId: z.string(), approverRole: z.string() }))
    .check(z.minLength(1), z.maxLength(12)),
  quorum: z.int().check(z.positive()),
  rejection: z.enum(['one', 'quorum']),
});

/** What a workflow's Task state sends to request a human decision. */
export const approvalRequest = named(
  'ApprovalRequest',
  z.object({
    workflow: z.string(),
    step: z.string(),
    /** The authority the step is decided under (a role, or `supervisor`); escalation keeps it. */
    approverRole: z.union([z.enum(ROLES), z.literal('supervisor')]),
    /** Who decides it, resolved from the chain when the subject was submitted. */
    approverId: z.string(),
    subject: reviewSubject,
    round: z.int().check(z.positive()),
    /** Scheme and host of the API the links in emails point at. */
    links: z.string().check(z.regex(/^https?:\/\/[\w.:-]+$/)),
    dueInDays: z.number().check(z.positive()),
    taskToken: z.string().check(z.minLength(1)),
    /** The whole resolved step: a committee's members when it is one. */
    resolved: z.optional(z.object({ committee: z.optional(resolvedCommittee) })),
  }),
);
export type ApprovalRequest = z.output<typeof approvalRequest>;

/** An approval as the API shows it (the stored one less its task token and link digest). */
export const approval = named(
  'Approval',
  z.object({
    id: z.string(),
    workflow: z.string(),
    step: z.string(),
    round: z.int(),
    subject: approvalRequest.def.shape.subject,
    approverRole: z.string(),
    approverId: z.string(),
    /** The approver's language: the emails and the page speak it. */
    approverLocale: language,
    /** Scheme and host of the API the emailed links point at. */
    links: z.string(),
    /** Set when the step escalated to the first approver's supervisor. */
    escalatedFrom: z.optional(z.string()),
    /** Set when the step went to the delegate of the approver the chain named (away that day). */
    delegatedFrom: z.optional(z.string()),
    delegationId: z.optional(z.string()),
    /** A committee member's seat: the committee's other seats (their approvals), and what decides it. */
    committee: z.optional(
      z.object({
        memberIds: z.array(z.string()),
        quorum: z.int(),
        rejection: z.enum(['one', 'quorum']),
      }),
    ),
    status: z.enum(APPROVAL_STATUSES),
    dueAt: z.string(),
    remindedAt: z.optional(z.string()),
    escalatedAt: z.optional(z.string()),
    decision: z.optional(z.enum(['approve', 'reject'])),
    comment: z.optional(z.string()),
    decidedBy: z.optional(z.string()),
    decidedAt: z.optional(z.string()),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Approval = z.output<typeof approval>;

/** Stored only, never shown: the workflow's callback token and the link token's digest. */
export type StoredApproval = Approval & { taskToken: string; linkTokenHash: string; linkExpiresAt: string };

export const decisionRequest = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    comment: z.optional(
      z.pipe(
        z.string(),
        z.transform((value) => value.trim()),
      ),
    ),
    /** The link token, when deciding from the emailed page. */
    t: z.optional(z.string().check(z.maxLength(200))),
  })
  .check(
    z.refine((body) => body.decision === 'approve' || (body.comment ?? '').length > 0, {
      message: 'A rejection needs a comment',
      path: ['comment'],
    }),
    z.refine((body) => (body.comment ?? '').length <= 2000, {
      message: 'At most 2000 characters',
      path: ['comment'],
    }),
    z.refine((body) => isCleanText(body.comment ?? ''), {
      message: 'Must be valid text without control characters or direction overrides',
      path: ['comment'],
    }),
  );
