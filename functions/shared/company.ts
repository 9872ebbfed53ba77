import * as z from 'zod/mini';

/**
 * Company-wide settings: who the department is, as customers read it. Defaults below; a deployment
 * overrides any part with the `company` CDK context value, passed on as COMPANY_SETTINGS (JSON).
 * The time zone of schedules and calendar rules is the `timeZone` setting (TIME_ZONE).
 */
export const companySettingsSchema = z.object({
  /** The company name that signs quotations and greetings, per language. */
  name: z.object({ 'zh-CN': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }),
});
export type CompanySettings = z.output<typeof companySettingsSchema>;

export const DEFAULT_COMPANY_SETTINGS: CompanySettings = {
  name: { 'zh-CN': '华东精密机械有限公司', en: 'East China Precision Machinery Co., Ltd.' },
};

export function companySettings(json = process.env.COMPANY_SETTINGS): CompanySettings {
  if (!json) return DEFAULT_COMPANY_SETTINGS;
  const override = JSON.parse(json) as Partial<CompanySettings>;
  return z.parse(companySettingsSchema, {
    ...DEFAULT_COMPANY_SETTINGS,
    ...override,
    name: { ...DEFAULT_COMPANY_SETTINGS.name, ...override.name },
  });
}
