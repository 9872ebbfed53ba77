import { causes } from '#shared/change.ts';
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
import { text } from '#shared/schemas.ts';
import { ticketRated } from './events.ts';
import type { Ticket } from './model.ts';
import { rateTicket } from './ticket-rules.ts';
import { getRatingLink, getTicket, ticketWrites, useRatingLink } from './store.ts';
import { ticketRef } from './tickets.ts';

/**
 * The satisfaction link emailed when a ticket is solved (R-2.6, for the satisfaction KPI): bound to
 * the contact, single-use, expiring, stored as a digest; GET shows the form, only its POST rates.
 */
const WORDS = {
  en: {
    heading: 'How satisfied are you with our service?',
    request: 'Your request',
    solution: 'How it was solved',
    score: 'Your rating (5 = very satisfied)',
    comment: 'Anything you want to tell us (optional)',
    send: 'Send my rating',
    thanks: 'Thank you for your rating.',
    link: 'Satisfaction link',
  },
  'zh-CN': {
    heading: '您对我们的服务满意吗？',
    request: '您的服务请求',
    solution: '处理结果',
    score: '您的评分（5 = 非常满意）',
    comment: '意见或建议（选填）',
    send: '提交评分',
    thanks: '感谢您的评价。',
    link: '满意度评价链接',
  },
} as const;

const pages = customerLinkPages(WORDS, {
  en: 'Your rating is recorded. Thank you.',
  'zh-CN': '您的评价已记录，谢谢。',
});

function ratingPage(ticket: Ticket, language: LinkLanguage, token: string): Reply {
  const words = WORDS[language];
  const scores = [5, 4, 3, 2, 1]
    .map(
      (score) =>
        `<label><input type="radio" name="score" value="${score}" required${score === 5 ? ' checked' : ''}> ${score}</label> `,
    )
    .join('');
  return linkPage(
    200,
    words.heading,
    `<h1>${words.heading}</h1><p><b>${words.request}</b>: ${escapeHtml(ticket.description)}</p>` +
      `<p><b>${words.solution}</b>: ${escapeHtml(ticket.resolution?.solution ?? '')}</p>` +
      `<form method="post" action="/ratings/${ticket.id}/answer"><input type="hidden" name="t" value="${escapeHtml(token)}">` +
      `<p>${words.score}<br>${scores}</p>` +
      `<p><label for="comment">${words.comment}</label><br><textarea id="comment" name="comment" maxlength="2000"></textarea></p>` +
      `<p><button type="submit" id="send">${words.send}</button></p></form>`,
    language,
  );
}

async function showRating(id: string, token: string | undefined): Promise<Reply> {
  const { link, page } = await pages.open(id, token, getRatingLink);
  if (page) return page;
  const ticket = await getTicket(id);
  if (!ticket || ticket.rating) return pages.unusable('used', link.language);
  return ratingPage(ticket, link.language, token!);
}

const answerForm = z.strictObject({
  t: linkTokenField,
  score: z.enum(['1', '2', '3', '4', '5']),
  comment: z.optional(z.union([z.literal(''), text(2000)])),
});

const answer = linkFormRoute({
  operationId: 'rateTicket',
  path: '/ratings/{id}/answer',
  pages: pages,
  form: answerForm,
  async act(id, input) {
    const { link, page } = await pages.open(id, input.t, getRatingLink);
    if (page) return page;
    const ticket = await getTicket(id, true);
    if (!ticket || ticket.rating) return pages.unusable('used', link.language);
    const at = nowIso();
    const rated = rateTicket(ticket, Number(input.score), input.comment || undefined, at);
    // The link is used in the same transaction: of two answers, one wins.
    return pages.commitUse(
      ticketWrites(ticket, rated, `contact:${link!.contactId}`, {
        with: [useRatingLink(link!, at)],
        events: [causes(ticketRated, { ...ticketRef(ticket), score: rated.rating!.score, ratedAt: at })],
      }),
      link!.language,
      () => {
        const words = WORDS[link!.language];
        return pages.done(link!.language, words.thanks);
      },
    );
  },
});

export const ratingLinkOperations: readonly Operation[] = [
  ...linkPageRoutes({
    path: '/ratings/{id}',
    getOperationId: 'getRatingPage',
    headOperationId: 'headRatingPage',
    show: showRating,
  }),
  answer,
];
