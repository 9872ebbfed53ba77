/**
 * The size of the OpenAPI property test, read by the test and by the README's generator: each
 * operation is called this many times by each role and by these identities besides.
 */
export const RUNS_PER_IDENTITY = 3;
export const PROPERTY_IDENTITIES = [
  'a rep who owns customers',
  'a rep who owns others',
  'a caller without a token',
] as const;
