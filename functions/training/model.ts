import * as z from 'zod/mini';
import {
  dateTimeBetween,
  dateWithin,
  employeeId,
  line,
  pastDate,
  resourceFields,
  text,
  named,
} from '#shared/schemas.ts';
import { TRAINING_TOPICS } from '../performance/public.ts';

/** What the needs surveys ask about and what sessions teach, as evaluations propose them. */
export const TOPICS = TRAINING_TOPICS;
export type Topic = (typeof TOPICS)[number];

const audience = z.array(employeeId).check(z.minLength(1), z.maxLength(200));

export const newSurvey = z.strictObject({
  title: line(200),
  /** The last day answers are taken (company time zone). */
  closesOn: dateWithin(1),
  /** Default: everyone in sales (reps, supervisors, sales admin, the manager). */
  audience: z.optional(audience),
});

export const survey = named(
  'Survey',
  z.object({
    id: z.string(),
    title: z.string(),
    openedBy: z.string(),
    openedAt: z.string(),
    closesOn: z.string(),
    audience: z.array(z.string()),
  }),
);
export type Survey = z.output<typeof survey>;

/** A respondent as stored: their link and, once answered, the need per topic (1 none – 5 urgent). */
export interface SurveyResponse {
  surveyId: string;
  employeeId: string;
  name: string;
  email: string;
  language: 'zh-CN' | 'en';
  title: string;
  closesOn: string;
  tokenHash?: string;
  validUntil?: string;
  usedAt?: string;
  needs?: Record<Topic, number>;
  comment?: string;
}

export const surveyResults = named(
  'SurveyResults',
  z.object({
    survey,
    asked: z.int(),
    answered: z.int(),
    /** Per topic: answers rating it 4 or 5, and the mean need, 1–5, in hundredths. */
    topics: z.array(z.object({ topic: z.enum(TOPICS), high: z.int(), meanHundredths: z.optional(z.int()) })),
    comments: z.array(z.string()),
  }),
);

const trainer = z.union([
  z.strictObject({ employeeId }),
  /** An outside trainer. */
  z.strictObject({ name: line(200) }),
]);

export const newSession = z.strictObject({
  topic: z.enum(TOPICS),
  title: line(200),
  content: text(4000),
  /** A session is planned up to two years ahead, or recorded up to a year after it took place. */
  startsAt: dateTimeBetween(1, 2),
  endsAt: dateTimeBetween(1, 2),
  place: line(200),
  trainer,
  audience,
});

export const session = named(
  'Session',
  z.object({
    ...resourceFields,
    year: z.string(),
    quarter: z.string(),
    month: z.string(),
    topic: z.enum(TOPICS),
    title: z.string(),
    content: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string(),
    trainer: z.object({ employeeId: z.optional(z.string()), name: z.optional(z.string()) }),
    audience: z.array(z.string()),
    /** `cancelled` with the reason: its links stop working, nothing more is recorded. */
    status: z.enum(['planned', 'cancelled']),
    cancelledReason: z.optional(z.string()),
  }),
);
export type Session = z.output<typeof session>;

/** What a planner may change of a planned session; the audience and trainer stay (plan another). */
export const sessionPatch = z
  .strictObject({
    title: z.optional(line(200)),
    content: z.optional(text(4000)),
    startsAt: z.optional(dateTimeBetween(1, 2)),
    endsAt: z.optional(dateTimeBetween(1, 2)),
    place: z.optional(line(200)),
  })
  .check(z.refine((patch) => Object.keys(patch).length > 0, 'Name at least one field to change'));

export const cancellation = z.strictObject({ reason: text(1000) });

export interface Attendance {
  sessionId: string;
  employeeId: string;
  name: string;
  email: string;
  language: 'zh-CN' | 'en';
  startsAt: string;
  tokenHash?: string;
  validUntil?: string;
  usedAt?: string;
  signedInAt?: string;
  signedInBy?: string;
  examScore?: number;
  practiceScore?: number;
  feedback?: { rating: number; comment?: string; at: string };
}

const score = z.int().check(z.minimum(0), z.maximum(100));

export const attendanceInput = z.strictObject({
  employeeId,
  /** Signs the person in (the trainer saw them there). */
  signedIn: z.optional(z.literal(true)),
  examScore: z.optional(score),
  practiceScore: z.optional(score),
});

export const feedbackInput = z.strictObject({
  /** The questionnaire: how useful the session was, 1–5. */
  rating: z.int().check(z.minimum(1), z.maximum(5)),
  comment: z.optional(text(2000)),
});

export const attendee = named(
  'Attendee',
  z.object({
    employeeId: z.string(),
    name: z.string(),
    signedInAt: z.optional(z.string()),
    signedInBy: z.optional(z.string()),
    examScore: z.optional(z.int()),
    practiceScore: z.optional(z.int()),
    feedback: z.optional(z.object({ rating: z.int(), comment: z.optional(z.string()), at: z.string() })),
  }),
);

export const effectiveness = named(
  'Effectiveness',
  z.object({
    invited: z.int(),
    signedIn: z.int(),
    /** signed in ÷ invited, basis points. */
    attendanceBasisPoints: z.optional(z.int()),
    meanExamScore: z.optional(z.number()),
    meanPracticeScore: z.optional(z.number()),
    /** Mean questionnaire rating, 1–5. */
    meanFeedback: z.optional(z.number()),
  }),
);

export const sessionFile = named(
  'SessionFile',
  z.object({ session, attendees: z.array(attendee), effectiveness }),
);

export const careerPlanInput = z.strictObject({
  goals: z.array(text(500)).check(z.minLength(1), z.maxLength(20)),
  /** The steps of the path, e.g. sales rep → senior sales rep → key-account manager. */
  path: z.array(line(100)).check(z.minLength(1), z.maxLength(10)),
  /** The step of the path the person is on now (0 = the first). */
  currentStep: z.int().check(z.minimum(0), z.maximum(9)),
  nextConversationOn: z.optional(dateWithin(2)),
});

export const careerPlan = named(
  'CareerPlan',
  z.object({
    employeeId: z.string(),
    goals: z.array(z.string()),
    path: z.array(z.string()),
    currentStep: z.int(),
    nextConversationOn: z.optional(z.string()),
    updatedBy: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type CareerPlan = z.output<typeof careerPlan>;

export const conversationInput = z.strictObject({
  heldOn: pastDate,
  notes: text(4000),
  agreedActions: z.optional(z.array(text(500)).check(z.maxLength(20))),
});

export const conversation = named(
  'Conversation',
  z.object({
    id: z.string(),
    employeeId: z.string(),
    heldOn: z.string(),
    heldBy: z.string(),
    notes: z.string(),
    agreedActions: z.array(z.string()),
    createdAt: z.string(),
  }),
);
export type Conversation = z.output<typeof conversation>;

export const careerFile = named(
  'CareerFile',
  z.object({
    employeeId: z.string(),
    plan: z.nullable(careerPlan),
    conversations: z.array(conversation),
    /** Linked records: the person's evaluations with their proposals, and the training attended. */
    evaluations: z.array(
      z.object({
        period: z.string(),
        grade: z.optional(z.string()),
        compositeScore: z.optional(z.number()),
        promotionPriority: z.optional(z.string()),
        trainingNeeds: z.array(z.string()),
      }),
    ),
    training: z.array(
      z.object({
        sessionId: z.string(),
        startsAt: z.string(),
        signedIn: z.boolean(),
        examScore: z.optional(z.int()),
        practiceScore: z.optional(z.int()),
      }),
    ),
  }),
);

export const needsReport = named(
  'NeedsReport',
  z.object({
    year: z.string(),
    /** Per topic: high needs in the year's surveys, and reps an evaluation proposed it for. */
    topics: z.array(
      z.object({ topic: z.enum(TOPICS), surveyHigh: z.int(), proposedFor: z.array(z.string()) }),
    ),
  }),
);
