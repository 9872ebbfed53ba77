import * as z from 'zod/mini';

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
});
export type ApprovalSettings = z.output<typeof approvalSettingsSchema>;

export const DEFAULT_APPROVAL_SETTINGS: ApprovalSettings = {
  dueInDays: 2,
  escalateAfterDays: 2,
  reviewTimeoutDays: 14,
  routing: 'team',
};

export function approvalSettings(json = process.env.APPROVAL_SETTINGS): ApprovalSettings {
  return json
    ? z.parse(approvalSettingsSchema, { ...DEFAULT_APPROVAL_SETTINGS, ...(JSON.parse(json) as object) })
    : DEFAULT_APPROVAL_SETTINGS;
}
