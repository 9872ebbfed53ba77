/**
 * What other domains may use of the performance domain: the targets and the figures' currency
 * (reports), the training topics and a person's evaluations (training and careers).
 */
export { evaluationGraded } from './events.ts';
export { TRAINING_TOPICS } from './model.ts';
export { periodTarget } from './rules.ts';
export { repEvaluations } from './store.ts';
export { performanceSettings } from './settings.ts';
export { yearTargets } from './store.ts';
