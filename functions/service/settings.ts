import * as z from 'zod/mini';

/**
 * Service, complaint and care policy. Defaults below; a deployment overrides any part with
 * the `service` CDK context value, passed on as SERVICE_SETTINGS (JSON).
 */
const hours = z.number().check(z.positive(), z.maximum(24 * 90));
const bySeverity = z.object({ critical: hours, high: hours, medium: hours, low: hours });

export const serviceSettingsSchema = z.object({
  /**
   * Hours to answer a complaint, by the customer's class and the severity: A faster than B faster
   * than C; an unclassified customer is treated as C.
   */
  complaintResponseHours: z.object({ A: bySeverity, B: bySeverity, C: bySeverity }),
  /** Hours to respond to a service ticket (first guidance or a planned visit), by class and severity. */
  ticketResponseHours: z.object({ A: bySeverity, B: bySeverity, C: bySeverity }),
  /** Hours to solve a service ticket, by class and severity. */
  ticketResolutionHours: z.object({ A: bySeverity, B: bySeverity, C: bySeverity }),
  /** The share of the time allowed after which the owner is reminded (0.75: with a quarter left). */
  ticketReminderAt: z.number().check(z.gt(0), z.lt(1)),
  /** Days after an order's completion during which its contact can report problems by link. */
  serviceLinkDays: z.int().check(z.positive(), z.maximum(3650)),
  /** Days the customer's satisfaction link stays valid. */
  ratingLinkDays: z.int().check(z.positive(), z.maximum(90)),
  /** Years of cooperation (since the first purchase) that make an A customer a guest of an appreciation event. */
  appreciationMinYears: z.int().check(z.minimum(0), z.maximum(50)),
  /** How many of the most common problems the monthly summary lists. */
  problemSummarySize: z.int().check(z.positive(), z.maximum(100)),
});
export type ServiceSettings = z.output<typeof serviceSettingsSchema>;

export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = {
  complaintResponseHours: {
    A: { critical: 4, high: 8, medium: 24, low: 48 },
    B: { critical: 8, high: 24, medium: 48, low: 72 },
    C: { critical: 24, high: 48, medium: 72, low: 120 },
  },
  ticketResponseHours: {
    A: { critical: 2, high: 4, medium: 8, low: 24 },
    B: { critical: 4, high: 8, medium: 24, low: 48 },
    C: { critical: 8, high: 24, medium: 48, low: 72 },
  },
  ticketResolutionHours: {
    A: { critical: 24, high: 48, medium: 120, low: 240 },
    B: { critical: 48, high: 96, medium: 168, low: 336 },
    C: { critical: 72, high: 168, medium: 240, low: 480 },
  },
  ticketReminderAt: 0.75,
  serviceLinkDays: 365,
  ratingLinkDays: 14,
  appreciationMinYears: 3,
  problemSummarySize: 10,
};

export function serviceSettings(json = process.env.SERVICE_SETTINGS): ServiceSettings {
  return json
    ? z.parse(serviceSettingsSchema, { ...DEFAULT_SERVICE_SETTINGS, ...(JSON.parse(json) as object) })
    : DEFAULT_SERVICE_SETTINGS;
}
