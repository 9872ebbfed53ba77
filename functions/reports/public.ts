/** What other domains may use of the reports domain: nothing (it only reads and reacts). */
export {};
