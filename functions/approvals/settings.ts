import * as z from 'zod/mini';
import { ROLES } from '#shared/roles.ts';

/**
 * Timing of human decisions in workflows. Defaults below; a deployment overrides any part with the
 * `approvals` CDK context value, passed on as APPROVAL_SETTINGS (JSON).
 */
const days = z.number().check(z.positive(), z.maximum(365));

export const approvalSettingsSchema = z.object({
  /** Days an approver has before a reminder (fractions allowed: 0.5 is 12 hours). */
  dueInDays: days,
  /** Days after the due time before the step escalates to the approver's supervisor. */
  escalateAfterDays: days,
  /** Days a review may wait in all before the workflow gives up (returns the subject to draft). */
  reviewTimeoutDays: z.number().check(z.positive(), z.maximum(24)),
  /**
   * Where several people hold a step's role (two sales managers, each over a team): `team` sends
   * the step to the one in the owner's line of supervisors, else the first; `first` to the first.
   */
  routing: z.enum(['team', 'first']),
  /**
   * Contracts whose total is above `above` (minor units) end their review with a management
   * committee: `quorum` of holders of `roles` (one seat each, each a different person), a
   * rejection deciding it as `rejection` says. `above` 0 would send every contract.
   */
  contractCommittee: z.strictObject({
    above: z.int().check(z.minimum(0)),
    roles: z.array(z.enum(ROLES)).check(z.minLength(1), z.maxLength(12)),
    quorum: z.int().check(z.positive()),
    rejection: z.enum(['one', 'quorum']),
  }),
});
export type ApprovalSettings = z.output<typeof approvalSettingsSchema>;

export const DEFAULT_APPROVAL_SETTINGS: ApprovalSettings = {
  dueInDays: 2,
  escalateAfterDays: 2,
  reviewTimeoutDays: 14,
  routing: 'team',
  // CNY 1,000,000.00 and up: two of the general manager, finance and the sales manager.
  contractCommittee: {
    above: 100_000_000,
    roles: ['general_manager', 'finance', 'sales_manager'],
    quorum: 2,
    rejection: 'one',
  },
};

export function approvalSettings(json = process.env.APPROVAL_SETTINGS): ApprovalSettings {
  return json
    ? z.parse(approvalSettingsSchema, { ...DEFAULT_APPROVAL_SETTINGS, ...(JSON.parse(json) as object) })
    : DEFAULT_APPROVAL_SETTINGS;
}
