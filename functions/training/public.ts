/** What other domains may use of the training domain: nothing yet. */
export {};
