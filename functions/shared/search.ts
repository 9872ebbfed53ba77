/**
 * Word search over a small partition (the knowledge base, the archive): an item keeps its words in
 * lower case in `searchText`, and a Query keeps the items that contain every word of the search.
 */

/** A search's words, lower case, distinct, at most ten (each must appear in what is found). */
export const searchWords = (query: string | undefined): string[] =>
  [...new Set((query ?? '').toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 10);

/** The attribute an item is searched by: its words, lower case. */
export const searchText = (parts: readonly string[]) => ({ searchText: parts.join('\n').toLowerCase() });

/** The Query filter for every word (nothing without words). */
export const searchFilter = (words: readonly string[]) =>
  words.length > 0
    ? {
        filter: {
          expression: words.map((_word, index) => `contains(#text, :w${index})`).join(' AND '),
          names: { '#text': 'searchText' },
          values: Object.fromEntries(words.map((word, index) => [`:w${index}`, word])),
        },
      }
    : {};

/** The item as the API shows it, without its search words. */
export const withoutSearchText = <T>({ searchText: _text, ...item }: T & { searchText?: string }): T =>
  item as T;
