/** What other domains may use of the care domain: its events. */
export { revisitCompleted } from './events.ts';
