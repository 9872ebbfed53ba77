import * as z from 'zod/mini';
import { localDate, timeZone } from '#shared/calendar.ts';
import { nowIso } from '#shared/clock.ts';
import { defineOperation, FORM_TYPE, type Operation, type Reply } from '#shared/http.ts';
import { checkLink, linkPageRoutes } from '#shared/link-pages.ts';
import { pastDate, text, ulidId } from '#shared/schemas.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { parsePart } from '#shared/validation.ts';
import { receiptWrites } from './fulfilment.ts';
import { RECEIPT_PROBLEMS } from './model.ts';
import { receiptConfirmedPage, receiptLinkPages, receiptPage } from './receipt-page.ts';
import { getOrderFile, getReceiptLink, useReceiptLink } from './store.ts';

/**
 * The customer's receipt link, with the rules of approval links: bound to the contact it
 * was emailed to, single-use, expiring, stored as a digest; GET shows, only POST confirms.
 */
const pageParams = z.strictObject({ id: z.string() });

async function showReceipt(id: string, token: string | undefined): Promise<Reply> {
  if (!z.safeParse(ulidId, id).success) return receiptLinkPages.unusable('invalid');
  const link = await getReceiptLink(id);
  const check = checkLink(link, token, new Date());
  if (check !== 'ok')
    return receiptLinkPages.unusable(check, link && check !== 'invalid' ? link.language : undefined);
  const file = await getOrderFile(id);
  if (!file || file.order.status !== 'shipped') return receiptLinkPages.unusable('used', link!.language);
  return receiptPage(file.order, file.shipments, link!.language, token!, localDate(new Date(), timeZone()));
}

const pages = linkPageRoutes({
  path: '/receipts/{id}',
  getOperationId: 'getReceiptPage',
  headOperationId: 'headReceiptPage',
  show: showReceipt,
});

const confirmation = z.strictObject({
  t: z.string().check(z.minLength(1), z.maxLength(200)),
  receivedOn: pastDate,
  problem: z.enum(['none', ...RECEIPT_PROBLEMS]),
  description: z.optional(z.union([z.literal(''), text(2000)])),
});

const confirm = defineOperation({
  operationId: 'confirmReceipt',
  method: 'POST',
  path: '/receipts/{id}/confirmation',
  auth: 'public',
  params: pageParams,
  // Checked below, so that the person at the form gets a page, not JSON.
  body: z.record(z.string(), z.unknown()),
  bodyTypes: [FORM_TYPE],
  async handle({ params, body }) {
    return receiptLinkPages.answering(async () => {
      const input = parsePart('body', confirmation, body);
      if (input.problem !== 'none' && !input.description)
        return receiptLinkPages.error(400, 'describe the problem / 请描述问题');
      if (!z.safeParse(ulidId, params.id).success) return receiptLinkPages.unusable('invalid');
      const link = await getReceiptLink(params.id);
      const check = checkLink(link, input.t, new Date());
      if (check !== 'ok')
        return receiptLinkPages.unusable(check, link && check !== 'invalid' ? link.language : undefined);
      const file = await getOrderFile(params.id, true);
      if (!file || file.order.status !== 'shipped') return receiptLinkPages.unusable('used', link!.language);
      const at = nowIso();
      const problems =
        input.problem === 'none' ? [] : [{ kind: input.problem, description: input.description! }];
      const { items } = receiptWrites(
        file.order,
        { at, by: `contact:${link!.contactId}`, via: 'customer-link', receivedOn: input.receivedOn },
        problems,
      );
      try {
        // The link is used in the same transaction: of two confirmations, one wins.
        await commit([...items, useReceiptLink(link!, at)]);
      } catch (error) {
        if (error instanceof TransactionCancelled) return receiptLinkPages.unusable('used', link!.language);
        throw error;
      }
      return receiptConfirmedPage(link!.language, problems.length > 0);
    });
  },
});

export const receiptLinkOperations: readonly Operation[] = [...pages, confirm];
