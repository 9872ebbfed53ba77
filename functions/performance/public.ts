/** What other domains may use of the performance domain: the targets and the figures' currency (reports). */
export { periodTarget } from './rules.ts';
export { performanceSettings } from './settings.ts';
export { yearTargets } from './store.ts';
