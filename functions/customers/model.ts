import * as z from 'zod/mini';
import {
  dateWithin,
  emailAddress,
  employeeId,
  isoDate,
  line,
  pastDateTime,
  text,
  ulidId,
} from '#shared/schemas.ts';
import type { contact, customer, followUp, interaction } from './resources.ts';

export const CUSTOMER_STATUSES = ['prospect', 'active', 'dormant', 'lost'] as const;
export const CUSTOMER_SOURCES = [
  'market_research',
  'industry_report',
  'web_search',
  'referral',
  'other',
] as const;
export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export const CUSTOMER_CLASSES = ['A', 'B', 'C'] as const;
export const INTERACTION_CHANNELS = ['call', 'email', 'visit', 'meeting'] as const;
export const CONTACT_LANGUAGES = ['zh-CN', 'en'] as const;

/** What the customer needs. */
const needs = z.strictObject({
  function: z.optional(text(2000)),
  quality: z.optional(text(2000)),
  price: z.optional(text(2000)),
  delivery: z.optional(text(2000)),
  latent: z.optional(text(2000)),
  buyingCapacity: z.optional(text(2000)),
});

const tags = z.array(line(50)).check(
  z.maxLength(20),
  z.refine((values) => new Set(values).size === values.length, 'Tags must be unique'),
);

/** Fields a client may set when creating a customer. */
export const customerFields = {
  name: line(200),
  address: z.optional(text(500)),
  industry: line(100),
  region: line(100),
  size: z.optional(z.enum(COMPANY_SIZES)),
  source: z.enum(CUSTOMER_SOURCES),
  sourceDetail: z.optional(text(500)),
  status: z._default(z.enum(CUSTOMER_STATUSES), 'prospect'),
  ownerId: z.optional(employeeId),
  influence: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  needs: z.optional(needs),
  preferences: z.optional(text(2000)),
  tags: z.optional(tags),
};

export const newCustomer = z.strictObject(customerFields);
export type NewCustomer = z.output<typeof newCustomer>;

/** A merge patch: every field optional; `null` clears an optional field. */
export const customerPatch = z
  .strictObject({
    name: z.optional(line(200)),
    address: z.optional(z.nullable(text(500))),
    industry: z.optional(line(100)),
    region: z.optional(line(100)),
    size: z.optional(z.nullable(z.enum(COMPANY_SIZES))),
    source: z.optional(z.enum(CUSTOMER_SOURCES)),
    sourceDetail: z.optional(z.nullable(text(500))),
    status: z.optional(z.enum(CUSTOMER_STATUSES)),
    ownerId: z.optional(employeeId),
    influence: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(5)))),
    needs: z.optional(
      z.nullable(
        z.strictObject({
          function: z.optional(z.nullable(text(2000))),
          quality: z.optional(z.nullable(text(2000))),
          price: z.optional(z.nullable(text(2000))),
          delivery: z.optional(z.nullable(text(2000))),
          latent: z.optional(z.nullable(text(2000))),
          buyingCapacity: z.optional(z.nullable(text(2000))),
        }),
      ),
    ),
    preferences: z.optional(z.nullable(text(2000))),
    tags: z.optional(z.nullable(tags)),
  })
  .check(z.refine((patch) => Object.keys(patch).length > 0, 'The patch changes nothing'));
export type CustomerPatch = z.output<typeof customerPatch>;

export const customerListQuery = z.strictObject({
  owner: z.optional(employeeId),
  class: z.optional(z.enum(CUSTOMER_CLASSES)),
  status: z.optional(z.enum(CUSTOMER_STATUSES)),
  industry: z.optional(line(100)),
  region: z.optional(line(100)),
});
export type CustomerFilter = z.output<typeof customerListQuery>;

export const contactFields = {
  name: line(100),
  title: z.optional(line(100)),
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ()-]{5,30}$/, 'Must be a phone number'))),
  email: z.optional(emailAddress),
  /** Month and day, for birthday greetings. */
  birthday: z.optional(
    z
      .string()
      .check(
        z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Must be MM-DD'),
        z.refine(isCalendarDay, 'No such day'),
      ),
  ),
  language: z._default(z.enum(CONTACT_LANGUAGES), 'zh-CN'),
  /** The contact asked not to receive care messages. */
  careOptOut: z._default(z.boolean(), false),
};

/** MM-DD that exists in a leap year (so 02-29 is a valid birthday). */
function isCalendarDay(monthDay: string): boolean {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();
}

export const newContact = z.strictObject(contactFields);
export type NewContact = z.output<typeof newContact>;

export const contactPatch = z
  .strictObject({
    name: z.optional(contactFields.name),
    title: z.optional(z.nullable(line(100))),
    phone: z.optional(z.nullable(contactFields.phone.def.innerType)),
    email: z.optional(z.nullable(emailAddress)),
    birthday: z.optional(z.nullable(contactFields.birthday.def.innerType)),
    language: z.optional(z.enum(CONTACT_LANGUAGES)),
    careOptOut: z.optional(z.boolean()),
  })
  .check(z.refine((patch) => Object.keys(patch).length > 0, 'The patch changes nothing'));
export type ContactPatch = z.output<typeof contactPatch>;

export const newInteraction = z.strictObject({
  channel: z.enum(INTERACTION_CHANNELS),
  /** When it happened: not in the future, not before 1900. */
  occurredAt: pastDateTime,
  contactId: z.optional(ulidId),
  summary: text(4000),
  outcome: z.optional(text(2000)),
  nextFollowUp: z.optional(dateWithin(2)),
});
export type NewInteraction = z.output<typeof newInteraction>;

export const contactParams = z.strictObject({ id: ulidId, contactId: ulidId });

// Resource types; their schemas live in resources.ts, which only the OpenAPI document needs.
export type Customer = z.output<typeof customer>;
export type Contact = z.output<typeof contact>;
export type Interaction = z.output<typeof interaction>;
export type FollowUp = z.output<typeof followUp>;

export const FOLLOW_UP_STATUSES = ['open', 'kept'] as const;

export const followUpListQuery = z.strictObject({
  status: z.optional(z.enum(FOLLOW_UP_STATUSES)),
  /** Only follow-ups due before this day (`dueBefore` = today: the missed ones). */
  dueBefore: z.optional(isoDate),
  /** Another rep's follow-ups, or `all` (manager and sales admin). */
  owner: z.optional(employeeId),
});
export type FollowUpFilter = z.output<typeof followUpListQuery>;
