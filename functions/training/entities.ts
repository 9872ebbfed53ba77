import { defineEntity } from '#shared/entity.ts';

/** Training and careers: needs surveys, the annual plan's sessions, attendance, career plans. */
export const TrainingSurveys = defineEntity({
  type: 'TrainingSurvey',
  owner: 'training',
  description:
    'A training-needs survey (R-5.1): who opened it (the half-yearly schedule or a manager), until when it takes answers, whom it asks.',
  key: { pk: 'TRAINING_SURVEY#{id}', sk: 'SURVEY' },
  indexes: { gsi1: { pk: 'TRAINING_SURVEYS', sk: '{openedAt}#{id}' } },
  patterns: [
    { name: 'a survey', by: 'item' },
    { name: 'surveys, newest first', index: 'gsi1', by: 'partition' },
  ],
});

export const SurveyPeriodClaims = defineEntity({
  type: 'SurveyPeriodClaim',
  owner: 'training',
  description: 'Claims a half-year for the scheduled survey, so a repeated firing opens none.',
  key: { pk: 'TRAINING_SURVEY_PERIOD#{period}', sk: 'CLAIM' },
  patterns: [
    { name: 'is the half-year’s survey open', by: 'item', notes: 'condition in the opening transaction' },
  ],
});

export const SurveyResponses = defineEntity({
  type: 'SurveyResponse',
  owner: 'training',
  description:
    'One person asked in a survey: their single-use link (digest, validity), and their answer: the need per topic, 1–5, and a comment.',
  key: { pk: 'TRAINING_SURVEY#{surveyId}', sk: 'RESPONDENT#{employeeId}' },
  patterns: [
    { name: 'one respondent (the link)', by: 'item' },
    { name: 'a survey’s respondents and answers', by: 'prefix' },
  ],
});

export const ProposedNeeds = defineEntity({
  type: 'ProposedTrainingNeed',
  owner: 'training',
  description: 'The training needs an evaluation proposed for a rep (R-4.4), by period, for the year’s plan.',
  key: { pk: 'TRAINING_NEEDS#{year}', sk: 'EMPLOYEE#{employeeId}#{period}' },
  patterns: [{ name: 'a year’s proposed needs', by: 'partition' }],
});

export const TrainingSessions = defineEntity({
  type: 'TrainingSession',
  owner: 'training',
  description:
    'A session of the annual training plan (R-5.2): topic, content, time, place, trainer and audience.',
  key: { pk: 'TRAINING_SESSION#{id}', sk: 'SESSION' },
  indexes: { gsi1: { pk: 'TRAINING_PLAN#{year}', sk: '{startsAt}#{id}' } },
  audited: true,
  patterns: [
    { name: 'a session', by: 'item' },
    { name: 'a year’s plan in time order', index: 'gsi1', by: 'partition' },
  ],
});

export const Attendances = defineEntity({
  type: 'TrainingAttendance',
  owner: 'training',
  description:
    'One invited person at a session (R-5.3): the sign-in link (digest, validity), when and how they signed in, exam and practice scores, their feedback.',
  key: { pk: 'TRAINING_SESSION#{sessionId}', sk: 'ATTENDEE#{employeeId}' },
  indexes: { gsi1: { pk: 'EMPLOYEE#{employeeId}#TRAINING', sk: '{startsAt}#{sessionId}' } },
  patterns: [
    { name: 'one attendee', by: 'item' },
    { name: 'a session’s attendees', by: 'prefix' },
    { name: 'a person’s training record', index: 'gsi1', by: 'partition' },
  ],
});

export const CareerPlans = defineEntity({
  type: 'CareerPlan',
  owner: 'training',
  description:
    'A person’s career plan (R-5.4): goals, the path (e.g. rep → senior rep → key-account manager), the step they are on.',
  key: { pk: 'CAREER#{employeeId}', sk: 'PLAN' },
  audited: true,
  patterns: [{ name: 'a person’s plan', by: 'item' }],
});

export const CareerConversations = defineEntity({
  type: 'CareerConversation',
  owner: 'training',
  description: 'A career conversation with its date, who held it, notes and agreed actions.',
  key: { pk: 'CAREER#{employeeId}', sk: 'CONVERSATION#{heldOn}#{id}' },
  patterns: [{ name: 'a person’s conversations, newest first', by: 'prefix' }],
});
