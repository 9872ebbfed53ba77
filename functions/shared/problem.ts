import { type FieldError, InvalidInput, NotAllowed, RuleViolation } from './domain-errors.ts';

/**
 * RFC 9457 problem details. Handlers throw an `HttpProblem` (or a rule's domain error, see
 * domain-errors.ts); the HTTP pipeline renders it as `application/problem+json`. Anything else
 * thrown becomes a 500 without internals.
 */
export type { FieldError };

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

const TITLES: Record<number, [slug: string, title: string]> = {
  400: ['bad-request', 'Bad request'],
  401: ['unauthorized', 'Unauthorized'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  409: ['conflict', 'Conflict'],
  503: ['unavailable', 'Service Unavailable'],
  412: ['precondition-failed', 'Precondition failed'],
  413: ['payload-too-large', 'Payload too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable-content', 'Unprocessable content'],
  428: ['precondition-required', 'Precondition required'],
  500: ['internal', 'Internal server error'],
};

export class HttpProblem extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    status: number,
    detail: string,
    options: { slug?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    const [slug, title] = TITLES[status] ?? ['error', 'Error'];
    this.name = 'HttpProblem';
    this.status = status;
    this.slug = options.slug ?? slug;
    this.title = title;
    this.errors = options.errors;
    this.headers = options.headers;
  }

  toBody(instance?: string): ProblemBody {
    return {
      type: `/problems/${this.slug}`,
      title: this.title,
      status: this.status,
      detail: this.message,
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const validationProblem = (errors: FieldError[]) =>
  new HttpProblem(400, 'The request is not valid: see errors.', { slug: 'validation', errors });
export const unauthorized = (detail = 'A valid bearer token is required.') => new HttpProblem(401, detail);
export const forbidden = (detail: string) => new HttpProblem(403, detail);
export const notFound = (detail: string) => new HttpProblem(404, detail);
export const conflict = (detail: string) => new HttpProblem(409, detail);

/** The problem an error stands for at the HTTP edge; undefined for anything unexpected. */
export function asProblem(error: unknown): HttpProblem | undefined {
  if (error instanceof HttpProblem) return error;
  if (error instanceof RuleViolation) return conflict(error.message);
  if (error instanceof NotAllowed) return forbidden(error.message);
  if (error instanceof InvalidInput) return validationProblem(error.fields);
  return undefined;
}
