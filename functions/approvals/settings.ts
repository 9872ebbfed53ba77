import * as z from 'zod/mini';

/**
 * Timing of human decisions in workflows. Defaults below; a deployment overrides any part with the
 * `approvals` CDK context value, passed on as APPROVAL_SETTINGS (JSON).
 */
const hours = z.number().check(z.positive(), z.maximum(24 * 365));

export const approvalSettingsSchema = z.object({
  /** Hours an approver has before a reminder. */
  dueInHours: hours,
  /** Hours after the due time before the step escalates to the approver's supervisor. */
  escalateAfterHours: hours,
  /** Days a review may wait in all before the workflow gives up (returns the subject to draft). */
  reviewTimeoutDays: z.number().check(z.positive(), z.maximum(24)),
});
export type ApprovalSettings = z.output<typeof approvalSettingsSchema>;

export const DEFAULT_APPROVAL_SETTINGS: ApprovalSettings = {
  dueInHours: 48,
  escalateAfterHours: 48,
  reviewTimeoutDays: 14,
};

export function approvalSettings(json = process.env.APPROVAL_SETTINGS): ApprovalSettings {
  return json
    ? z.parse(approvalSettingsSchema, { ...DEFAULT_APPROVAL_SETTINGS, ...(JSON.parse(json) as object) })
    : DEFAULT_APPROVAL_SETTINGS;
}
