import * as z from 'zod/mini';
import { line, ulidId, named } from '#shared/schemas.ts';

export const DOCUMENT_TYPES = ['contract', 'quote', 'customer_material', 'market_research'] as const;
export const DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
/** 20 MB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** An archived document's metadata; the file is in S3 under `archive/<id>`. */
export const archivedDocument = named(
  'ArchivedDocument',
  z.object({
    id: z.string(),
    type: z.enum(DOCUMENT_TYPES),
    title: z.string(),
    customerId: z.optional(z.string()),
    tags: z.array(z.string()),
    fileName: z.string(),
    contentType: z.enum(DOCUMENT_CONTENT_TYPES),
    size: z.int(),
    author: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type ArchivedDocument = z.output<typeof archivedDocument>;

export const newDocument = z.strictObject({
  type: z.enum(DOCUMENT_TYPES),
  title: line(200),
  /** Every type but market research belongs to a customer. */
  customerId: z.optional(ulidId),
  tags: z._default(z.array(line(40)).check(z.maxLength(10)), []),
  fileName: line(200),
  contentType: z.enum(DOCUMENT_CONTENT_TYPES),
  size: z.int().check(z.positive(), z.maximum(MAX_DOCUMENT_BYTES)),
});

export const documentListQuery = z.strictObject({
  customerId: z.optional(ulidId),
  type: z.optional(z.enum(DOCUMENT_TYPES)),
  /** Words that must all appear in the title or the tags (any case). */
  q: z.optional(line(200)),
});
