/** What other domains may use of the care domain: its events, and the revisits a rep completed (and their shape). */
export { revisitCompleted } from './events.ts';
export { completedRevisits } from './store.ts';
export { type Revisit, revisit } from './model.ts';
