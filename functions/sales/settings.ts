import * as z from 'zod/mini';
import { vatRate } from '#shared/money.ts';

/**
 * Sales policy. Defaults below; a deployment overrides any part with the `sales` CDK context value,
 * passed on as SALES_SETTINGS (JSON).
 */
export const salesSettingsSchema = z.object({
  /**
   * How far a line's net unit price (after its discount) may depart from the catalogue list price,
   * up or down, in basis points, before the revision needs a technical review: 1000 is 10 %.
   */
  priceToleranceBasisPoints: z.int().check(z.minimum(0), z.maximum(10_000)),
  /** The VAT rate of a product that names none (basis points): 1300, China's rate on goods. */
  vatRateBasisPoints: vatRate,
});
export type SalesSettings = z.output<typeof salesSettingsSchema>;

export const DEFAULT_SALES_SETTINGS: SalesSettings = {
  priceToleranceBasisPoints: 1000,
  vatRateBasisPoints: 1300,
};

export function salesSettings(json = process.env.SALES_SETTINGS): SalesSettings {
  return json
    ? z.parse(salesSettingsSchema, { ...DEFAULT_SALES_SETTINGS, ...(JSON.parse(json) as object) })
    : DEFAULT_SALES_SETTINGS;
}
