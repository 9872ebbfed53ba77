/** What other domains may use of the archive domain: nothing yet. */
export {};
