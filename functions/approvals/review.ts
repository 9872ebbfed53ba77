import { commitUnlessChanged } from '#shared/change.ts';
import middy from '@middy/core';
import * as z from 'zod/mini';
import type { Caller } from '#shared/caller.ts';
import { nowIso } from '#shared/clock.ts';
import { publicApiUrl } from '#shared/links.ts';
import { logContext, logger } from '#shared/observability.ts';
import { parsePart } from '#shared/validation.ts';
import { type EventSpec, recordEvent } from '#shared/events.ts';
import { type TransactItem } from '#shared/transaction.ts';
import { startWorkflow, stopWorkflow } from '#shared/workflow.ts';
import { WORKFLOWS } from '../workflows.ts';
import { type Delivery, effectOnce } from '#shared/consumer.ts';
import { sendEmail } from '#shared/email.ts';
import { allEmployees, getEmployee } from '../employees/public.ts';
import { outcomeEmail } from './messages.ts';
import { type ChainStep, resolveChain } from './chain.ts';
import { approvalView } from './rules.ts';
import { approvalSettings } from './settings.ts';
import { type Rejection, rejection, resolvedCommittee, type ReviewSubject, reviewSubject } from './model.ts';
import { approvalsOfSubject, expirePendingApprovals } from './store.ts';

export { type Rejection, rejection, type ReviewSubject, reviewSubject } from './model.ts';

/**
 * The review kit: what a reviewed subject (a contract, a quote's technical review, and later an
 * order, an expense claim, an evaluation rating) uses to be reviewed. The subject brings its chain,
 * its summary and its outcome handling; starting, stopping, the approvals, the links, the deadlines
 * and reading the outcome are the kit's.
 */

/** A round as it starts: the subject, the chain resolved to people, and the timing in force. */
export const reviewStart = z.object({
  round: z.int().check(z.positive()),
  subject: reviewSubject,
  chain: z.array(
    z.object({
      step: z.string(),
      approverRole: z.string(),
      approverId: z.string(),
      committee: z.optional(resolvedCommittee),
    }),
  ),
  settings: z.object({ dueInDays: z.number(), timeoutSeconds: z.int() }),
});
export type ReviewStart = z.output<typeof reviewStart>;

/**
 * Resolves the chain now (separation of duties applied; `NobodyMayDecide` is a 409) and fixes the
 * timing: the round carries both, whatever changes in the department meanwhile.
 */
export async function prepareReview(
  chain: readonly ChainStep[],
  round: number,
  subject: ReviewSubject,
  submission: { submittedBy: string; amount?: number },
  standsWhile: NonNullable<ReviewSubject['standsWhile']>,
): Promise<ReviewStart> {
  const people = await allEmployees();
  const settings = approvalSettings();
  return {
    round,
    subject: { ...subject, standsWhile },
    chain: resolveChain(chain, { ownerId: subject.ownerId, ...submission }, people, settings.routing),
    settings: {
      dueInDays: settings.dueInDays,
      timeoutSeconds: Math.round(settings.reviewTimeoutDays * 86_400),
    },
  };
}

function workflowNamed(name: string) {
  const workflow = WORKFLOWS.find((candidate) => candidate.name === name);
  if (!workflow) throw new Error(`No workflow ${name}`);
  return workflow;
}

/** One execution per subject and round: a repeated start of a round is the same execution. */
const executionName = (subject: { type: string; id: string }, round: number) =>
  `${subject.type}-${subject.id}-round-${round}`;

/** Starts the round's review. Repeatable: a second start of the same round changes nothing. */
export async function startReview(workflow: string, start: ReviewStart): Promise<void> {
  try {
    await startWorkflow(workflowNamed(workflow).arnVariable, executionName(start.subject, start.round), {
      workflow,
      ...start,
      links: publicApiUrl(),
    });
  } catch (error) {
    if ((error as Error).name !== 'ExecutionAlreadyExists') throw error;
  }
}

/**
 * Stops a round's review (its subject was withdrawn or changed) and ends its pending links.
 * Repeatable: stopping a stopped execution and expiring expired steps change nothing.
 */
export async function stopReview(
  workflow: string,
  subject: { type: string; id: string },
  round: number,
  cause: string,
  actor: string,
): Promise<void> {
  await stopWorkflow(workflowNamed(workflow).arnVariable, executionName(subject, round), cause);
  await expirePendingApprovals(subject.type, subject.id, actor);
}

/** What the workflow hands the subject's outcome Task. */
export const reviewOutcome = z.object({
  outcome: z.enum(['approved', 'rejected', 'timed-out', 'failed']),
  subject: z.object({ type: z.string(), id: z.string() }),
  round: z.int(),
  /** Step Functions' error output: `Cause` holds the rejecting decision as JSON. */
  rejection: z.optional(z.object({ Error: z.string(), Cause: z.optional(z.string()) })),
  /** What made the review fail (a Task's error), for the catch-all. */
  failure: z.optional(z.object({ Error: z.string(), Cause: z.optional(z.string()) })),
});
export type ReviewOutcome = z.output<typeof reviewOutcome>;

export type Verdict = { approved: true; at: string } | { approved: false; at: string; returned: Rejection };

/** The round's verdict from the workflow's output, in the words its owner reads. */
export function verdictOf(input: ReviewOutcome, at: string, subjectName: string): Verdict {
  if (input.outcome === 'approved') return { approved: true, at };
  if (input.outcome === 'rejected') {
    const cause = JSON.parse(input.rejection?.Cause ?? '{}') as {
      step?: string;
      comment?: string;
      decidedBy?: string;
    };
    return {
      approved: false,
      at,
      returned: {
        step: cause.step ?? 'review',
        comment: cause.comment ?? '',
        by: cause.decidedBy ?? 'unknown',
        at,
      },
    };
  }
  const comment =
    input.outcome === 'timed-out'
      ? 'The review timed out before every step was decided.'
      : `The review could not go on (${input.failure?.Error ?? 'error'}); the ${subjectName} is back with its owner and can be submitted again.`;
  return { approved: false, at, returned: { step: 'review', comment, by: 'workflow', at } };
}

/** What a reviewed subject tells the kit about itself, for its outcome Task. */
export interface ReviewedSubject<S extends { id: string; ownerId: string; version: number }> {
  /** Its name in messages, e.g. `contract`. */
  name: string;
  /** Who the change and its event are recorded as, e.g. `contract-review`. */
  actor: string;
  read(id: string): Promise<S | undefined>;
  /** The subject's pure transition; undefined for a round that is no longer running. */
  after(subject: S, round: number, verdict: Verdict): S | undefined;
  /** Its "reviewed" event: the kit's `reviewEnded` fields and `extra` ones. */
  reviewed: EventSpec;
  extra?(after: S): Record<string, unknown>;
  /** The transaction items of the change (the first one conditional on the version read). */
  writes(before: S, after: S, actor: string): TransactItem[];
}

/**
 * The outcome Task of a reviewed subject: reads the verdict, ends a timed-out or failed round's
 * pending links, and commits the subject's
 * transition with its "reviewed" event, from which the owner is told. Idempotent: a retry after
 * the write finds the round ended and changes nothing.
 */
export function outcomeTask<S extends { id: string; ownerId: string; version: number }>(
  subject: ReviewedSubject<S>,
) {
  return middy<unknown, { outcome: string }>()
    .use(logContext())
    .handler(async (event) => {
      const input = parsePart('body', reviewOutcome, event);
      const verdict = verdictOf(input, nowIso(), subject.name);
      if (input.outcome === 'failed') {
        // The operator learns it from the failed "reviewed" event (an alert rule), the owner from
        // the outcome email.
        logger.error('review failed', { subject: input.subject, error: input.failure?.Error });
      }
      // The waiting step's link and reminders end with the review.
      if (input.outcome === 'timed-out' || input.outcome === 'failed')
        await expirePendingApprovals(input.subject.type, input.subject.id, 'workflow');
      const current = await subject.read(input.subject.id);
      if (!current) throw new Error(`${subject.name} ${input.subject.id} does not exist`);
      const next = subject.after(current, input.round, verdict);
      if (!next) {
        logger.info('stale review round; nothing to do', { round: input.round });
        return { outcome: 'stale' };
      }
      const reviewed = recordEvent(subject.reviewed, {
        subject: input.subject,
        subjectVersion: next.version,
        actor: subject.actor,
        at: verdict.at,
        payload: { ...reviewEndedPayload(input, verdict, current.ownerId), ...subject.extra?.(next) },
      });
      if (!(await commitUnlessChanged([...subject.writes(current, next, subject.actor), reviewed]))) {
        // The subject changed meanwhile: a concurrent retry of this Task ended the round (done), or
        // someone else changed the subject (fail, so the Task's retry reads it again).
        const now = await subject.read(input.subject.id);
        if (now && subject.after(now, input.round, verdict))
          throw new Error(`${subject.name} ${input.subject.id} changed meanwhile; read it again`);
      }
      return { outcome: input.outcome };
    });
}

/** The fields every "reviewed" event carries: how the round ended, and whom to tell. */
export const reviewEnded = {
  round: z.int(),
  outcome: z.enum(['approved', 'rejected', 'timed-out', 'failed']),
  ownerId: z.string(),
  rejection: z.optional(z.omit(rejection, { at: true })),
};

export const reviewEndedPayload = (input: ReviewOutcome, verdict: Verdict, ownerId: string) => ({
  round: input.round,
  outcome: input.outcome,
  ownerId,
  ...(verdict.approved
    ? {}
    : {
        rejection: {
          step: verdict.returned.step,
          comment: verdict.returned.comment,
          by: verdict.returned.by,
        },
      }),
});

/**
 * Tells the owner how a round ended, in their language, once per event (`passed`: what they may
 * do now, e.g. "can be signed").
 */
export async function emailOutcome(
  delivery: Delivery<{ ownerId: string; rejection?: { step: string; comment: string } }>,
  title: (language: 'zh-CN' | 'en') => string,
  passed: Record<'zh-CN' | 'en', string>,
  /** Others the outcome is emailed to, under the same claim of the event (one claim per event). */
  alsoTell?: () => Promise<void>,
): Promise<void> {
  const { ownerId, rejection } = delivery.event.payload;
  const owner = await getEmployee(ownerId);
  if (!owner) return;
  await effectOnce(delivery, { repeatable: false }, async () => {
    await sendEmail({
      to: owner.email,
      ...outcomeEmail(
        owner.locale,
        owner.name,
        title(owner.locale),
        rejection
          ? { approved: false, step: rejection.step, comment: rejection.comment }
          : { approved: true },
        passed,
      ),
    });
    await alsoTell?.();
  });
}

/**
 * Who was asked to decide on a subject (and the history of its reviews): everyone asked may read
 * what they decide, even without access to the subject's customer.
 */
export async function reviewsOf(type: string, id: string, caller: Caller) {
  const approvals = await approvalsOfSubject(type, id);
  const asked = approvals.some(
    (approval) =>
      approval.approverId === caller.id ||
      approval.escalatedFrom === caller.id ||
      approval.delegatedFrom === caller.id,
  );
  // Every round and step: approver, decision, comment and time.
  const history = approvals.map((stored) => {
    const { subject: _subject, workflow: _workflow, ...review } = approvalView(stored);
    return review;
  });
  return { asked, history };
}
