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

/** Trimmed, NFC-normalized, non-empty text of at most `max` characters. */
export const text = (max: number) =>
  z.string().check(z.normalize('NFC'), z.trim(), z.minLength(1), z.maxLength(max), cleanText);

/** Currency codes of ISO 4217, as the runtime's ICU data knows them. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
export const currencyCode = z.string().check(
  z.regex(/^[A-Z]{3}$/, 'Must be an ISO 4217 code'),
  z.refine((code) => CURRENCIES.has(code), 'Not an ISO 4217 currency'),
);

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
      domain.split('.').every((label) => label.length > 0 && label.length <= 63)
    );
  }, 'Not an address email can be sent to'),
);

export const ulidId = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Must be a ULID'));

/** Employee ids are the identity provider's subject: a ULID locally, a UUID on Cognito. */
export const employeeId = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'Must be an employee id'));

export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

/** The earliest moment any record of ours can be about. */
const EARLIEST = '1900-01-01';
/** Clocks differ: a moment up to this far ahead of ours still counts as now. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A moment that has happened: not in the future, not before 1900. */
export const pastDateTime = isoDateTime.check(
  z.refine((value) => Date.parse(value) <= Date.now() + CLOCK_SKEW_MS, 'Cannot be in the future'),
  z.refine((value) => Date.parse(value) >= Date.parse(`${EARLIEST}T00:00:00Z`), 'Cannot be before 1900'),
);
/** A day that has come (by UTC, with a day's room for time zones ahead): not after today, not before 1900. */
export const pastDate = isoDate.check(
  z.refine(
    (value) => value <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
    'Cannot be in the future',
  ),
  z.refine((value) => value >= EARLIEST, 'Cannot be before 1900'),
);
/** A day at most `years` ahead (and not before 1900). */
export const dateWithin = (years: number) =>
  isoDate.check(
    z.refine(
      (value) => value <= new Date(Date.now() + years * 366 * 86_400_000).toISOString().slice(0, 10),
      `Must be within ${years} years from today`,
    ),
    z.refine((value) => value >= EARLIEST, 'Cannot be before 1900'),
  );

/** Fields every stored resource carries. */
export const resourceFields = {
  id: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const idParams = z.strictObject({ id: ulidId });
