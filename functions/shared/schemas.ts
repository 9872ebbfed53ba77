import * as z from 'zod/mini';

/** Building blocks shared by every domain's schemas. */

/**
 * Characters no text of ours may hold: control characters (tab and line breaks aside) and the
 * bidirectional overrides and isolates that make text read differently from what it stores.
 */
const FORBIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** Characters that show nothing: text made only of these is empty. */
export const INVISIBLE_CHARACTERS = /[\s\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu;

/** Well-formed Unicode without hidden control or direction characters (may be empty). */
export const isCleanText = (value: string): boolean =>
  value.isWellFormed() && !FORBIDDEN_CHARACTERS.test(value);

/**
 * The check every free text gets: well-formed Unicode, nothing hidden, something visible. One
 * check with one message, and none for empty text (the length check speaks for that).
 */
const cleanText = z.superRefine<string>((value, context) => {
  if (value.length === 0) return;
  const message = !value.isWellFormed()
    ? 'Must be valid Unicode text (no lone surrogates)'
    : FORBIDDEN_CHARACTERS.test(value)
      ? 'Control characters and direction overrides are not allowed'
      : value.replace(INVISIBLE_CHARACTERS, '').length === 0
        ? 'Must contain visible characters'
        : undefined;
  if (message) context.addIssue({ code: 'custom', message, input: value });
});

/** Trimmed, NFC-normalized, non-empty text of at most `max` characters (lines allowed). */
export const text = (max: number) =>
  z.string().check(z.normalize('NFC'), z.trim(), z.minLength(1), z.maxLength(max), cleanText);

/**
 * One line of text (a title, a name, a place): no line breaks, since it may become an email's
 * subject or a header.
 */
export const line = (max: number) =>
  text(max).check(
    z.refine((value) => !/[\r\n\u2028\u2029]/.test(value), 'Must be one line (no line breaks)'),
  );

/** Currency codes of ISO 4217, as the runtime's ICU data knows them. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
export const currencyCode = z.string().check(
  z.regex(/^[A-Z]{3}$/, 'Must be an ISO 4217 code'),
  z.refine((code) => CURRENCIES.has(code), 'Not an ISO 4217 currency'),
);

/** A DNS label: letters, digits and hyphens, neither first nor last. */
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/**
 * An email address SES accepts: at most 254 characters, a local part of at most 64, domain labels
 * of at most 63, and a dotted domain.
 */
export const emailAddress = z.email().check(
  z.maxLength(254),
  z.refine((address) => {
    const [local = '', domain = ''] = address.split('@');
    return (
      local.length <= 64 &&
      domain.includes('.') &&
      domain.split('.').every((label) => label.length <= 63 && HOST_LABEL.test(label))
    );
  }, 'Not an address email can be sent to'),
);

export const ulidId = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Must be a ULID'));

/** Employee ids are the identity provider's subject: a ULID locally, a UUID on Cognito. */
export const employeeId = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'Must be an employee id'));

export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

/** How far back a record of something that happened may go (a purchase, a payment, a signing). */
const RECORD_YEARS = 10;
/** Clocks differ: a moment up to this far ahead of ours still counts as now. */
const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;
/** Whole years as days, generously (leap days), plus a day of room for time zones. */
const yearsAsMs = (years: number) => (years * 366 + 1) * DAY_MS;
const dayAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A day from `yearsBack` years ago to `yearsAhead` years ahead (0: not after today, with a day's
 * room for time zones ahead of UTC). Every date a client sends has both bounds.
 */
export const dateBetween = (yearsBack: number, yearsAhead: number) =>
  isoDate.check(
    z.refine(
      (value) => value >= dayAt(Date.now() - yearsAsMs(yearsBack)),
      yearsBack === 0 ? 'Cannot be in the past' : `Cannot be more than ${yearsBack} years ago`,
    ),
    z.refine(
      (value) => value <= dayAt(Date.now() + (yearsAhead === 0 ? DAY_MS : yearsAsMs(yearsAhead))),
      yearsAhead === 0 ? 'Cannot be in the future' : `Must be within ${yearsAhead} years from today`,
    ),
  );

/** A moment from `yearsBack` years ago to `yearsAhead` years ahead (0: not after now). */
export const dateTimeBetween = (yearsBack: number, yearsAhead: number) =>
  isoDateTime.check(
    z.refine(
      (value) => Date.parse(value) >= Date.now() - (yearsBack === 0 ? DAY_MS : yearsAsMs(yearsBack)),
      yearsBack === 0 ? 'Cannot be in the past' : `Cannot be more than ${yearsBack} years ago`,
    ),
    z.refine(
      (value) => Date.parse(value) <= Date.now() + (yearsAhead === 0 ? CLOCK_SKEW_MS : yearsAsMs(yearsAhead)),
      yearsAhead === 0 ? 'Cannot be in the future' : `Must be within ${yearsAhead} years from now`,
    ),
  );

/** A moment that has happened, in the last ten years. */
export const pastDateTime = dateTimeBetween(RECORD_YEARS, 0);
/** A day that has come (by UTC, with a day's room for time zones ahead), in the last ten years. */
export const pastDate = dateBetween(RECORD_YEARS, 0);
/** A day from today (yesterday, for time zones behind UTC) to at most `years` ahead. */
export const dateWithin = (years: number) => dateBetween(0, years);

/** Fields every stored resource carries. */
export const resourceFields = {
  id: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const idParams = z.strictObject({ id: ulidId });

/**
 * A model clients know by name (`Customer`, `Order`, `Claim`): the OpenAPI document declares it
 * once under `components.schemas` and refers to it wherever it appears, so a generated client gets
 * named types.
 */
export const named = <S extends z.ZodMiniType>(name: string, schema: S): S => {
  z.globalRegistry.add(schema, { id: name });
  return schema;
};
