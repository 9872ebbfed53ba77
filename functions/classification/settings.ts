import * as z from 'zod/mini';

/**
 * How customers are scored. Defaults below; a deployment overrides any part with the
 * `classification` CDK context value, passed on as CLASSIFICATION_SETTINGS (JSON).
 */
const weights = z.object({
  amount: z.number(),
  frequency: z.number(),
  years: z.number(),
  influence: z.number(),
});

export const classificationSettingsSchema = z
  .object({
    /** Purchases are recorded and compared in this currency. */
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    /** Each factor's share of the 100-point score; they add up to 1. */
    weights,
    /** The value at which a factor earns its full share. */
    fullMarks: z.object({
      /** Trailing 12 months' purchases, in minor units (fen). */
      amount: z.int().check(z.positive()),
      /** Purchases in the trailing 12 months. */
      purchases: z.int().check(z.positive()),
      /** Years since the first purchase. */
      years: z.number().check(z.positive()),
    }),
    /** Lowest score of each class; anything below B is C. */
    thresholds: z.object({ A: z.number(), B: z.number() }),
  })
  .check(
    z.refine(
      (settings) =>
        Math.abs(Object.values(settings.weights).reduce((sum, weight) => sum + weight, 0) - 1) < 1e-9,
      'Weights must add up to 1',
    ),
    z.refine((settings) => settings.thresholds.A > settings.thresholds.B, 'Threshold A must be above B'),
  );

export type ClassificationSettings = z.output<typeof classificationSettingsSchema>;

export const DEFAULT_CLASSIFICATION_SETTINGS: ClassificationSettings = {
  currency: 'CNY',
  weights: { amount: 0.4, frequency: 0.25, years: 0.15, influence: 0.2 },
  fullMarks: { amount: 500_000_000, purchases: 12, years: 10 },
  thresholds: { A: 70, B: 40 },
};

export function classificationSettings(json = process.env.CLASSIFICATION_SETTINGS): ClassificationSettings {
  if (!json) return DEFAULT_CLASSIFICATION_SETTINGS;
  const override = JSON.parse(json) as Partial<ClassificationSettings>;
  return z.parse(classificationSettingsSchema, {
    ...DEFAULT_CLASSIFICATION_SETTINGS,
    ...override,
    weights: { ...DEFAULT_CLASSIFICATION_SETTINGS.weights, ...override.weights },
    fullMarks: { ...DEFAULT_CLASSIFICATION_SETTINGS.fullMarks, ...override.fullMarks },
    thresholds: { ...DEFAULT_CLASSIFICATION_SETTINGS.thresholds, ...override.thresholds },
  });
}
