import * as z from 'zod/mini';
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
import type { RatingRequest } from './model.ts';
import { CRITERIA } from './rating-rules.ts';
import { getRatingRequest, ratingAnswerWrite } from './store.ts';

/**
 * The rater's link: the supervisor, a peer or a key customer's contact rates a rep's
 * attitude, teamwork, communication and problem solving, 1–5, once, until the deadline. Bound to
 * the rater it was emailed to, stored as a digest; GET shows the form, only its POST records.
 */
const WORDS = {
  en: {
    heading: 'Rate a colleague’s work',
    intro: (name: string, period: string) => `Your rating of ${name} for ${period} (5 = excellent):`,
    criteria: {
      attitude: 'Attitude',
      teamwork: 'Teamwork',
      communication: 'Communication',
      problemSolving: 'Problem solving',
    },
    send: 'Send my rating',
    thanks: 'Thank you: your rating is recorded.',
    link: 'Rating link',
  },
  'zh-CN': {
    heading: '考核评分',
    intro: (name: string, period: string) => `请为 ${name} 的 ${period} 考核评分（5 = 优秀）：`,
    criteria: {
      attitude: '工作态度',
      teamwork: '团队合作',
      communication: '沟通能力',
      problemSolving: '解决问题能力',
    },
    send: '提交评分',
    thanks: '谢谢，您的评分已记录。',
    link: '评分链接',
  },
} as const;

const pages = customerLinkPages(WORDS, {
  en: 'Your rating is recorded. Thank you.',
  'zh-CN': '您的评分已记录，谢谢。',
});

/** A request id is 26 URL-safe characters (derived from the evaluation and the rater). */
const REQUEST_ID = /^[\w-]{26}$/;

async function openRequest(id: string, token: string | undefined) {
  if (!REQUEST_ID.test(id)) return { page: pages.unusable('invalid') };
  const request = await getRatingRequest(id);
  const link =
    request?.tokenHash && request.validUntil
      ? (request as RatingRequest & { tokenHash: string; validUntil: string })
      : undefined;
  const refused = pages.refusal(link, token);
  if (refused) return { page: refused };
  return { request: link! };
}

function ratingForm(request: RatingRequest, language: LinkLanguage, token: string): Reply {
  const words = WORDS[language];
  const scale = (criterion: (typeof CRITERIA)[number]) =>
    `<p>${words.criteria[criterion]}<br>` +
    [5, 4, 3, 2, 1]
      .map(
        (score) =>
          `<label><input type="radio" name="${criterion}" value="${score}" required> ${score}</label> `,
      )
      .join('') +
    '</p>';
  return linkPage(
    200,
    words.heading,
    `<h1>${words.heading}</h1><p>${escapeHtml(words.intro(request.employeeName, request.period))}</p>` +
      `<form method="post" action="/evaluation-ratings/${request.id}/answer"><input type="hidden" name="t" value="${escapeHtml(token)}">` +
      CRITERIA.map(scale).join('') +
      `<p><button type="submit" id="send">${words.send}</button></p></form>`,
    language,
  );
}

const score = z.pipe(z.enum(['1', '2', '3', '4', '5']), z.transform(Number));
const answerForm = z.strictObject({
  t: linkTokenField,
  attitude: score,
  teamwork: score,
  communication: score,
  problemSolving: score,
});

const answer = linkFormRoute({
  operationId: 'answerEvaluationRating',
  path: '/evaluation-ratings/{id}/answer',
  pages,
  form: answerForm,
  async act(id, input) {
    const opened = await openRequest(id, input.t);
    if (opened.page) return opened.page;
    const { t: _token, ...scores } = input;
    return pages.commitUse(
      [ratingAnswerWrite(opened.request, scores, nowIso())],
      opened.request.language,
      () => pages.done(opened.request.language, WORDS[opened.request.language].thanks),
    );
  },
});

export const ratingLinkOperations: readonly Operation[] = [
  ...linkPageRoutes({
    path: '/evaluation-ratings/{id}',
    getOperationId: 'getEvaluationRatingPage',
    headOperationId: 'headEvaluationRatingPage',
    async show(id, token) {
      const opened = await openRequest(id, token);
      return opened.page ?? ratingForm(opened.request, opened.request.language, token!);
    },
  }),
  answer,
];
