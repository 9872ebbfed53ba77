/** What other domains may use of the performance domain: nothing yet (evaluations will publish events). */
export {};
