import * as z from 'zod/mini';

/**
 * Training settings: how many days a needs survey takes answers. Defaults below; a
 * deployment overrides them with the `training` CDK context value (TRAINING_SETTINGS, JSON).
 */
export const trainingSettingsSchema = z.object({
  surveyDays: z.int().check(z.minimum(1), z.maximum(90)),
});
export type TrainingSettings = z.output<typeof trainingSettingsSchema>;

export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = { surveyDays: 14 };

export function trainingSettings(json = process.env.TRAINING_SETTINGS): TrainingSettings {
  return json
    ? z.parse(trainingSettingsSchema, { ...DEFAULT_TRAINING_SETTINGS, ...(JSON.parse(json) as object) })
    : DEFAULT_TRAINING_SETTINGS;
}
