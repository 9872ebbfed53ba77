/**
 * What a domain rule refuses, in the domain's words. Rules throw these and know nothing of HTTP;
 * the HTTP edge (`asProblem` in problem.ts) answers 409, 403 or 400 for them.
 */
export interface FieldError {
  /** Where the value came from. */
  in: 'body' | 'query' | 'path' | 'header';
  /** Dotted path to the offending value, empty for the whole part. */
  path: string;
  message: string;
}

/** The subject's present state does not allow it (HTTP 409). */
export class RuleViolation extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'RuleViolation';
  }
}

/** The caller may not do this to this subject (HTTP 403). */
export class NotAllowed extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'NotAllowed';
  }
}

/** Values a rule finds invalid, field by field (HTTP 400). */
export class InvalidInput extends Error {
  readonly fields: FieldError[];
  constructor(fields: FieldError[]) {
    super('The request is not valid: see errors.');
    this.name = 'InvalidInput';
    this.fields = fields;
  }
}

export const conflict = (detail: string) => new RuleViolation(detail);
export const notAllowed = (detail: string) => new NotAllowed(detail);
export const invalid = (fields: FieldError[]) => new InvalidInput(fields);
