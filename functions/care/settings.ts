import * as z from 'zod/mini';
import { DEFAULT_HOLIDAYS, type Holiday } from './holidays.ts';

/**
 * Customer-care policy per class. Defaults below; a deployment overrides any
 * part with the `care` CDK context value, passed on as CARE_SETTINGS (JSON).
 */
const days = z.int().check(z.positive(), z.maximum(3650));
const holiday = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  names: z.object({ 'zh-CN': z.string(), en: z.string() }),
  dates: z.array(z.string().check(z.regex(/^(\d{4}-|L-)?\d{2}-\d{2}$/))),
  audience: z.enum(['all', 'zh-CN', 'en']),
});

export const careSettingsSchema = z.object({
  /** Days without contact after which a customer of each class is due a revisit. */
  revisitIntervalDays: z.object({ A: days, B: days, C: days }),
  /** Days an opened revisit has before it counts as overdue. */
  revisitDueInDays: days,
  holidays: z.array(holiday),
});

export type CareSettings = z.output<typeof careSettingsSchema>;

export const DEFAULT_CARE_SETTINGS: CareSettings = {
  revisitIntervalDays: { A: 30, B: 90, C: 180 },
  revisitDueInDays: 7,
  holidays: DEFAULT_HOLIDAYS satisfies Holiday[],
};

export function careSettings(json = process.env.CARE_SETTINGS): CareSettings {
  if (!json) return DEFAULT_CARE_SETTINGS;
  const override = JSON.parse(json) as Partial<CareSettings>;
  return z.parse(careSettingsSchema, {
    ...DEFAULT_CARE_SETTINGS,
    ...override,
    revisitIntervalDays: { ...DEFAULT_CARE_SETTINGS.revisitIntervalDays, ...override.revisitIntervalDays },
  });
}
