/** A search's words, lower case, distinct, at most ten (each must appear in what is found). */
export const searchWords = (query: string | undefined): string[] =>
  [...new Set((query ?? '').toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 10);
