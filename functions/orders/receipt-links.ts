import * as z from 'zod/mini';
import { localDate, timeZone } from '#shared/calendar.ts';
import { nowIso } from '#shared/clock.ts';
import type { Operation, Reply } from '#shared/http.ts';
import { linkFormRoute, linkPageRoutes, linkTokenField } from '#shared/link-pages.ts';
import { pastDate, text } from '#shared/schemas.ts';
import { receiptWrites } from './receipts.ts';
import { RECEIPT_PROBLEMS } from './model.ts';
import { receiptConfirmedPage, receiptLinkPages, receiptPage } from './receipt-page.ts';
import { getOrderFile, getReceiptLink, useReceiptLink } from './store.ts';

/**
 * The customer's receipt link, with the rules of approval links: bound to the contact it
 * was emailed to, single-use, expiring, stored as a digest; GET shows, only POST confirms.
 */
async function showReceipt(id: string, token: string | undefined): Promise<Reply> {
  const { link, page } = await receiptLinkPages.open(id, token, getReceiptLink);
  if (page) return page;
  const file = await getOrderFile(id);
  if (!file || file.order.status !== 'shipped') return receiptLinkPages.unusable('used', link.language);
  return receiptPage(file.order, file.shipments, link!.language, token!, localDate(new Date(), timeZone()));
}

const pages = linkPageRoutes({
  path: '/receipts/{id}',
  getOperationId: 'getReceiptPage',
  headOperationId: 'headReceiptPage',
  show: showReceipt,
});

const confirmation = z.strictObject({
  t: linkTokenField,
  receivedOn: pastDate,
  problem: z.enum(['none', ...RECEIPT_PROBLEMS]),
  description: z.optional(z.union([z.literal(''), text(2000)])),
});

const confirm = linkFormRoute({
  operationId: 'confirmReceipt',
  path: '/receipts/{id}/confirmation',
  pages: receiptLinkPages,
  form: confirmation,
  async act(id, input) {
    if (input.problem !== 'none' && !input.description)
      return receiptLinkPages.error(400, 'describe the problem / 请描述问题');
    const { link, page } = await receiptLinkPages.open(id, input.t, getReceiptLink);
    if (page) return page;
    const file = await getOrderFile(id, true);
    if (!file || file.order.status !== 'shipped') return receiptLinkPages.unusable('used', link.language);
    const at = nowIso();
    const problems =
      input.problem === 'none' ? [] : [{ kind: input.problem, description: input.description! }];
    const { items } = receiptWrites(
      file.order,
      { at, by: `contact:${link!.contactId}`, via: 'customer-link', receivedOn: input.receivedOn },
      problems,
    );
    // The link is used in the same transaction: of two confirmations, one wins.
    return receiptLinkPages.commitUse([...items, useReceiptLink(link!, at)], link!.language, () =>
      receiptConfirmedPage(link!.language, problems.length > 0),
    );
  },
});

export const receiptLinkOperations: readonly Operation[] = [...pages, confirm];
