import * as z from 'zod/mini';
import { tableName } from './db.ts';
import type { PrimaryKey } from './entity.ts';
import { escapeHtml, linkPage } from './html.ts';
import { asProblem } from './problem.ts';
import { commit, named, TransactionCancelled, type TransactItem } from './transaction.ts';
import { defineOperation, FORM_TYPE, type Operation, type Reply } from './http.ts';
import { checkLink, type LinkCheck, type StoredLink } from './link-tokens.ts';

export { checkLink, type LinkCheck, type StoredLink };
import { parsePart } from './validation.ts';
import { ulidId } from './schemas.ts';

/**
 * The GET and HEAD routes of a page behind an emailed link (an approval, a customer's receipt).
 * People arrive with whatever a mail client did to the link (tracking parameters, truncation): the
 * page takes any id and query and says in a page, not JSON, what is wrong. Reading it changes
 * nothing; HEAD (mail scanners) answers the same status and headers without the body.
 */
const pageParams = z.strictObject({ id: z.string() });
const pageQuery = z.object({ t: z.optional(z.string()) });

export function linkPageRoutes(spec: {
  path: string;
  getOperationId: string;
  headOperationId: string;
  show(id: string, token: string | undefined): Promise<Reply>;
}): Operation[] {
  const common = { path: spec.path, auth: 'public' as const, params: pageParams, query: pageQuery };
  return [
    defineOperation({
      ...common,
      operationId: spec.getOperationId,
      method: 'GET',
      handle: ({ params, query }) => spec.show(params.id, query.t),
    }),
    defineOperation({
      ...common,
      operationId: spec.headOperationId,
      method: 'HEAD',
      async handle({ params, query }) {
        const { status, headers, contentType } = await spec.show(params.id, query.t);
        return { status, headers, contentType };
      },
    }),
  ];
}

/** The languages of the people who receive emailed links. */
export type LinkLanguage = 'zh-CN' | 'en';

/**
 * Uses a stored link once, in the transaction of what it does: the token must still be the one
 * presented and the link unused, so of two concurrent uses one wins (the other's transaction is
 * cancelled on the item named `name`).
 */
export function useLink(
  name: string,
  key: PrimaryKey,
  tokenHash: string,
  at: string,
  /** What the link records with its use (an answer), set in the same write. */
  answer: Record<string, unknown> = {},
): TransactItem {
  const fields = Object.keys(answer);
  return named(name, {
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression: [
        'SET usedAt = :at',
        ...fields.map((_field, index) => `#a${index} = :a${index}`),
      ].join(', '),
      ConditionExpression: 'tokenHash = :hash AND attribute_not_exists(usedAt)',
      ...(fields.length > 0
        ? {
            ExpressionAttributeNames: Object.fromEntries(fields.map((field, index) => [`#a${index}`, field])),
          }
        : {}),
      ExpressionAttributeValues: {
        ':at': at,
        ':hash': tokenHash,
        ...Object.fromEntries(fields.map((field, index) => [`:a${index}`, answer[field]])),
      },
    },
  });
}

/**
 * A new token for a stored link not yet used (a retried email makes a new one, which replaces the
 * unsent one), valid until then.
 */
export function renewLink(key: PrimaryKey, tokenHash: string, validUntil: string): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression: 'SET tokenHash = :hash, validUntil = :validUntil',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt)',
      ExpressionAttributeValues: { ':hash': tokenHash, ':validUntil': validUntil },
    },
  };
}

const UNUSABLE: Record<Exclude<LinkCheck, 'used'>, [number, Record<LinkLanguage, string>]> = {
  invalid: [
    404,
    {
      en: 'This link is not valid (it may have been replaced by a newer one).',
      'zh-CN': '该链接无效（可能已被新链接取代）。',
    },
  ],
  expired: [
    410,
    {
      en: 'This link has expired. Please contact your sales representative.',
      'zh-CN': '该链接已过期，请联系您的销售代表。',
    },
  ],
};

/**
 * The pages of one kind of customer link (a receipt, a rating, an invitation): its name and what
 * a used link says, in both languages.
 */
export function customerLinkPages(
  texts: Record<LinkLanguage, { heading: string; link: string }>,
  usedMessage: Record<LinkLanguage, string>,
) {
  const words = {
    link: { en: texts.en.link, 'zh-CN': texts['zh-CN'].link },
    used: usedMessage,
  };
  const both = `${words.link['zh-CN']} / ${words.link.en}`;
  const error = (status: number, message: string): Reply =>
    linkPage(
      status,
      both,
      `<h1>${both}</h1><p id="result">${escapeHtml(`无法处理该请求 / The request could not be handled: ${message}`)}</p>`,
      'zh-CN',
    );
  return {
    /** A link that cannot act; in both languages when the contact's is unknown. */
    unusable(reason: LinkCheck, language?: LinkLanguage): Reply {
      const [status, messages] = reason === 'used' ? [409, words.used] : UNUSABLE[reason];
      if (language)
        return linkPage(
          status,
          words.link[language],
          `<h1>${words.link[language]}</h1><p id="result">${messages[language]}</p>`,
          language,
        );
      return linkPage(
        status,
        both,
        `<h1>${both}</h1><p id="result" lang="zh-CN">${messages['zh-CN']}</p><p lang="en">${messages.en}</p>`,
        'zh-CN',
      );
    },
    /**
     * The page saying why `token` cannot open the stored link now (in the link's language once the
     * token proved it is theirs), or undefined when it can.
     */
    refusal(link: (StoredLink & { language: LinkLanguage }) | undefined, token: string | undefined) {
      const check = checkLink(link, token, new Date());
      return check === 'ok'
        ? undefined
        : this.unusable(check, check !== 'invalid' ? link?.language : undefined);
    },
    /**
     * The stored link a page's address names by its ULID, if the token opens it now; else the page
     * saying why not (an id of any other shape is simply unknown).
     */
    async open<L extends StoredLink & { language: LinkLanguage }>(
      id: string,
      token: string | undefined,
      read: (id: string) => Promise<L | undefined>,
    ): Promise<{ link: L; page?: undefined } | { link?: undefined; page: Reply }> {
      if (!z.safeParse(ulidId, id).success) return { page: this.unusable('invalid') };
      const link = await read(id);
      const refused = this.refusal(link, token);
      return refused ? { page: refused } : { link: link! };
    },
    /** A form the page cannot act on: the reason, in both languages' frame. */
    error,
    /** What the form did, under the page's heading, in the contact's language. */
    done(language: LinkLanguage, message: string): Reply {
      const heading = texts[language].heading;
      return linkPage(200, heading, `<h1>${heading}</h1><p id="result">${message}</p>`, language);
    },
    /**
     * Commits what a link does together with its use, then answers `then()`: of two concurrent
     * uses one wins, and the other's cancelled transaction is told the link was used.
     */
    async commitUse(items: TransactItem[], language: LinkLanguage, then: () => Reply): Promise<Reply> {
      try {
        await commit(items);
      } catch (caught) {
        if (caught instanceof TransactionCancelled) return this.unusable('used', language);
        throw caught;
      }
      return then();
    },
    /** Runs a form's action; a problem it raises (invalid form, a rule) is a page, not JSON. */
    async answering(action: () => Promise<Reply>): Promise<Reply> {
      try {
        return await action();
      } catch (caught) {
        const problem = asProblem(caught);
        if (problem)
          return error(problem.status, problem.errors?.map((e) => e.message).join('; ') || problem.message);
        throw caught;
      }
    },
  };
}

/** The token field of a link page's form. */
export const linkTokenField = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * The POST route of a link page's form: public (the token in the form authorizes it), a form
 * body checked against `form` inside, so that a problem is a page for the person at the form.
 */
export function linkFormRoute<F extends z.ZodMiniType>(spec: {
  operationId: string;
  path: string;
  pages: Pick<ReturnType<typeof customerLinkPages>, 'answering'>;
  form: F;
  act(id: string, input: z.output<F>): Promise<Reply>;
}): Operation {
  return defineOperation({
    operationId: spec.operationId,
    method: 'POST',
    path: spec.path,
    auth: 'public',
    params: pageParams,
    body: z.record(z.string(), z.unknown()),
    bodyTypes: [FORM_TYPE],
    handle: ({ params, body }) =>
      spec.pages.answering(() => spec.act(params.id, parsePart('body', spec.form, body))),
  });
}
