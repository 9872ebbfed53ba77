import * as z from 'zod/mini';

/**
 * Service and complaint policy. Defaults below; a deployment overrides any part with
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
});
export type ServiceSettings = z.output<typeof serviceSettingsSchema>;

export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = {
  complaintResponseHours: {
    A: { critical: 4, high: 8, medium: 24, low: 48 },
    B: { critical: 8, high: 24, medium: 48, low: 72 },
    C: { critical: 24, high: 48, medium: 72, low: 120 },
  },
};

export function serviceSettings(json = process.env.SERVICE_SETTINGS): ServiceSettings {
  return json
    ? z.parse(serviceSettingsSchema, { ...DEFAULT_SERVICE_SETTINGS, ...(JSON.parse(json) as object) })
    : DEFAULT_SERVICE_SETTINGS;
}
