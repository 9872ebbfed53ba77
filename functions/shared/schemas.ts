import * as z from 'zod/mini';

/** Building blocks shared by every domain's schemas. */

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const ulidId = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Must be a ULID'));

/** Employee ids are the identity provider's subject: a ULID locally, a UUID on Cognito. */
export const employeeId = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'Must be an employee id'));

export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

/** Fields every stored resource carries. */
export const resourceFields = {
  id: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const idParams = z.strictObject({ id: ulidId });
