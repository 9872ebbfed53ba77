import * as z from 'zod/mini';
import { localTime } from '#shared/calendar.ts';
import { nowIso } from '#shared/clock.ts';
import { escapeHtml, linkPage } from '#shared/html.ts';
import type { Operation, Reply } from '#shared/http.ts';
import {
  customerLinkPages,
  type LinkLanguage,
  linkFormRoute,
  linkPageRoutes,
  linkTokenField,
} from '#shared/link-pages.ts';
import { TOPIC_NAMES } from './messages.ts';
import { type Attendance, type Session, type SurveyResponse, TOPICS } from './model.ts';
import { signInOpen } from './rules.ts';
import { answerWrite, getAttendance, getResponse, getSession, linkSignInWrite } from './store.ts';

/**
 * The emailed links of training: a person answers a needs survey, or signs in at a
 * session, once. Each link is bound to the person it was emailed to and stored as a digest; GET
 * shows the page, only its POST acts. The link's id is the survey's or session's id and the
 * person's, joined by a dash.
 */
const SURVEY_WORDS = {
  en: {
    heading: 'Training needs survey',
    intro: 'How much do you need training in each area? (1 = not at all, 5 = urgently)',
    comment: 'Anything else you would like to learn',
    send: 'Send my answers',
    thanks: 'Thank you: your answers are recorded.',
    link: 'Survey link',
  },
  'zh-CN': {
    heading: '培训需求调查',
    intro: '您在以下各方面的培训需求如何？（1 = 不需要，5 = 非常需要）',
    comment: '其他希望学习的内容',
    send: '提交',
    thanks: '谢谢，您的回答已记录。',
    link: '调查链接',
  },
} as const;

const SIGN_IN_WORDS = {
  en: {
    heading: 'Sign in at the training',
    early: (at: string) => `Sign-in opens an hour before the session starts (${at}).`,
    send: 'Sign in',
    thanks: 'You are signed in. Enjoy the session.',
    link: 'Sign-in link',
  },
  'zh-CN': {
    heading: '培训签到',
    early: (at: string) => `签到在培训开始前一小时开放（${at}）。`,
    send: '签到',
    thanks: '签到成功，祝培训愉快。',
    link: '签到链接',
  },
} as const;

const surveyPages = customerLinkPages(SURVEY_WORDS, {
  en: 'Your answers are recorded. Thank you.',
  'zh-CN': '您的回答已记录，谢谢。',
});
const signInPages = customerLinkPages(SIGN_IN_WORDS, {
  en: 'You are signed in already.',
  'zh-CN': '您已签到。',
});

/** `<ULID>-<employee id>`: the survey's or session's id and the person's. */
const LINK_ID = /^([0-9A-HJKMNP-TV-Z]{26})-([A-Za-z0-9-]{1,64})$/;

type Opened<T> =
  | { page: Reply; link?: undefined }
  | { page?: undefined; link: T & { tokenHash: string; validUntil: string } };

async function openLink<
  T extends { tokenHash?: string; validUntil?: string; usedAt?: string; language: LinkLanguage },
>(
  id: string,
  token: string | undefined,
  read: (parent: string, employeeId: string) => Promise<T | undefined>,
  pages: typeof surveyPages,
): Promise<Opened<T>> {
  const match = LINK_ID.exec(id);
  if (!match) return { page: pages.unusable('invalid') };
  const stored = await read(match[1]!, match[2]!);
  const link =
    stored?.tokenHash && stored.validUntil
      ? (stored as T & { tokenHash: string; validUntil: string })
      : undefined;
  const refused = pages.refusal(link, token);
  if (refused) return { page: refused };
  return { link: link! };
}

const openResponse = (id: string, token: string | undefined) =>
  openLink<SurveyResponse>(id, token, getResponse, surveyPages);
/** A sign-in link and its session; a cancelled session's links have expired. */
async function openSignIn(id: string, token: string | undefined) {
  const opened = await openLink<Attendance>(id, token, getAttendance, signInPages);
  if (opened.page) return { page: opened.page };
  const session = await getSession(opened.link.sessionId);
  if (!session || session.status === 'cancelled')
    return { page: signInPages.unusable('expired', opened.link.language) };
  return { page: undefined, link: opened.link, session };
}

function surveyForm(response: SurveyResponse, token: string): Reply {
  const words = SURVEY_WORDS[response.language];
  const scale = (topic: (typeof TOPICS)[number]) =>
    `<p>${TOPIC_NAMES[topic][response.language]}<br>` +
    [1, 2, 3, 4, 5]
      .map(
        (level) => `<label><input type="radio" name="${topic}" value="${level}" required> ${level}</label> `,
      )
      .join('') +
    '</p>';
  return linkPage(
    200,
    words.heading,
    `<h1>${escapeHtml(response.title)}</h1><p>${words.intro}</p>` +
      `<form method="post" action="/training-surveys/${response.surveyId}-${response.employeeId}/answer"><input type="hidden" name="t" value="${escapeHtml(token)}">` +
      TOPICS.map(scale).join('') +
      `<p><label>${words.comment}<br><textarea name="comment" maxlength="2000"></textarea></label></p>` +
      `<p><button type="submit" id="send">${words.send}</button></p></form>`,
    response.language,
  );
}

function signInForm(attendance: Attendance, session: Session, token: string, now: Date): Reply {
  const words = SIGN_IN_WORDS[attendance.language];
  const when = `${localTime(session.startsAt)} – ${localTime(session.endsAt)}`;
  const heading = `<h1>${escapeHtml(session.title)}</h1><p>${escapeHtml(when)} · ${escapeHtml(session.place)}</p>`;
  if (signInOpen(session, now) === 'early')
    return linkPage(
      200,
      words.heading,
      `${heading}<p id="result">${escapeHtml(words.early(localTime(session.startsAt)))}</p>`,
      attendance.language,
    );
  return linkPage(
    200,
    words.heading,
    heading +
      `<form method="post" action="/training-sign-ins/${session.id}-${attendance.employeeId}/confirmation"><input type="hidden" name="t" value="${escapeHtml(token)}">` +
      `<p><button type="submit" id="sign-in">${words.send}</button></p></form>`,
    attendance.language,
  );
}

const level = z.pipe(z.enum(['1', '2', '3', '4', '5']), z.transform(Number));
const answerForm = z.strictObject({
  t: linkTokenField,
  ...Object.fromEntries(TOPICS.map((topic) => [topic, level])),
  comment: z.optional(z.string().check(z.maxLength(2000))),
} as { t: typeof linkTokenField; comment: z.ZodMiniOptional<z.ZodMiniString> } & Record<
  (typeof TOPICS)[number],
  typeof level
>);

const answer = linkFormRoute({
  operationId: 'answerTrainingSurvey',
  path: '/training-surveys/{id}/answer',
  pages: surveyPages,
  form: answerForm,
  async act(id, input) {
    const opened = await openResponse(id, input.t);
    if (opened.page) return opened.page;
    const needs = Object.fromEntries(TOPICS.map((topic) => [topic, input[topic]]));
    const comment = input.comment?.trim();
    return surveyPages.commitUse(
      [answerWrite(opened.link, { needs, ...(comment ? { comment } : {}) }, nowIso())],
      opened.link.language,
      () => surveyPages.done(opened.link.language, SURVEY_WORDS[opened.link.language].thanks),
    );
  },
});

const signIn = linkFormRoute({
  operationId: 'signInAtTraining',
  path: '/training-sign-ins/{id}/confirmation',
  pages: signInPages,
  form: z.strictObject({ t: linkTokenField }),
  async act(id, input) {
    const opened = await openSignIn(id, input.t);
    if (opened.page) return opened.page;
    const { session } = opened;
    const now = new Date();
    if (signInOpen(session, now) !== 'open')
      return signInPages.error(409, SIGN_IN_WORDS[opened.link.language].early(localTime(session.startsAt)));
    return signInPages.commitUse(
      [linkSignInWrite(opened.link, now.toISOString())],
      opened.link.language,
      () => signInPages.done(opened.link.language, SIGN_IN_WORDS[opened.link.language].thanks),
    );
  },
});

export const trainingLinkOperations: readonly Operation[] = [
  ...linkPageRoutes({
    path: '/training-surveys/{id}',
    getOperationId: 'getTrainingSurveyPage',
    headOperationId: 'headTrainingSurveyPage',
    async show(id, token) {
      const opened = await openResponse(id, token);
      return opened.page ?? surveyForm(opened.link, token!);
    },
  }),
  answer,
  ...linkPageRoutes({
    path: '/training-sign-ins/{id}',
    getOperationId: 'getTrainingSignInPage',
    headOperationId: 'headTrainingSignInPage',
    async show(id, token) {
      const opened = await openSignIn(id, token);
      return opened.page ?? signInForm(opened.link, opened.session, token!, new Date());
    },
  }),
  signIn,
];
