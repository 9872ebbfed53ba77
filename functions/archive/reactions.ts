import { archiveConsumer } from './consumer.ts';
import { consumerHandler, applyOnce, type Delivery, on } from '#shared/consumer.ts';
import { storeObject } from '#shared/storage.ts';
import { getContract, contractSigned } from '../contracts/public.ts';
import { getContact, getCustomer } from '../customers/public.ts';
import { getRevision, quoteSent } from '../sales/public.ts';
import type { ArchivedDocument } from './model.ts';
import { type PrintedDocument, renderPdf } from './pdf.ts';
import { documentWrites, fileKey } from './store.ts';

/**
 * Archives a quotation when it is sent and a contract when it is signed: the PDF is rendered
 * here, stored under the document's key, and its metadata joins the customer's documents. The
 * document's id is the event's, so a redelivery renders and stores the same file again (S3 replaces
 * it) and finds the metadata recorded: one document per event.
 */
async function archive(
  delivery: Delivery<unknown>,
  document: Omit<ArchivedDocument, 'id' | 'size' | 'contentType' | 'version' | 'createdAt' | 'updatedAt'>,
  printed: PrintedDocument,
) {
  const id = delivery.event.id;
  const file = await renderPdf(printed);
  await storeObject(fileKey(id), file, 'application/pdf');
  const at = delivery.event.at;
  await applyOnce(
    delivery,
    documentWrites(
      {
        ...document,
        id,
        contentType: 'application/pdf',
        size: file.length,
        version: 1,
        createdAt: at,
        updatedAt: at,
      },
      delivery.event.actor,
    ),
  );
}

export const handler = consumerHandler(archiveConsumer, [
  on(quoteSent, async (delivery) => {
    const quoteId = delivery.event.subject.id;
    const { customerId, contactId, ownerId, revision } = delivery.event.payload;
    const [terms, customer, contact] = await Promise.all([
      getRevision(quoteId, revision),
      getCustomer(customerId),
      getContact(customerId, contactId),
    ]);
    if (!terms || !customer) return;
    await archive(
      delivery,
      {
        type: 'quote',
        title: `报价单 Quotation ${quoteId.slice(-8)} r${revision} ${customer.name}`,
        customerId,
        tags: ['quotation', '报价单'],
        fileName: `quotation-${quoteId}-r${revision}.pdf`,
        author: ownerId,
      },
      {
        heading: { 'zh-CN': '报价单', en: 'Quotation' },
        customer: contact ? `${customer.name} (${contact.name})` : customer.name,
        facts: [
          ['报价单号 / Quotation no.', `${quoteId} r${revision}`],
          ['日期 / Date', delivery.event.at.slice(0, 10)],
          ['有效期至 / Valid until', terms.validUntil],
        ],
        currency: terms.currency,
        lines: terms.lines,
        total: terms.total,
        tax: terms.tax,
        terms: [
          ['交货日期 / Delivery', terms.deliveryDate],
          ['付款条件 / Payment', terms.paymentTerms],
          ['售后服务 / After-sales', terms.afterSalesTerms],
          ...(terms.note ? ([['备注 / Note', terms.note]] as [string, string][]) : []),
        ],
      },
    );
  }),
  on(contractSigned, async (delivery) => {
    const { contractId, customerId, ownerId } = delivery.event.payload;
    const [contract, customer] = await Promise.all([getContract(contractId), getCustomer(customerId)]);
    if (!contract?.signing || !customer) return;
    await archive(
      delivery,
      {
        type: 'contract',
        title: `销售合同 Sales contract ${contractId.slice(-8)} ${customer.name}`,
        customerId,
        tags: ['contract', '合同', 'signed'],
        fileName: `contract-${contractId}.pdf`,
        author: ownerId,
      },
      {
        heading: { 'zh-CN': '销售合同', en: 'Sales contract' },
        customer: customer.name,
        facts: [
          ['合同编号 / Contract no.', contractId],
          ['签订日期 / Signed on', contract.signing.signedOn],
          ['报价单 / Quotation', `${contract.quoteId} r${contract.quoteRevision}`],
        ],
        currency: contract.currency,
        lines: contract.lines,
        total: contract.total,
        tax: contract.tax,
        terms: [
          ['交货日期 / Delivery', contract.deliveryDate],
          ['付款条件 / Payment', contract.paymentTerms],
          ['售后服务 / After-sales', contract.afterSalesTerms],
          ['质量标准 / Quality standard', contract.qualityStandard],
          ['违约责任 / Liability for breach', contract.breachLiability],
        ],
        signatures: [
          ['供方代表 / For the seller', contract.signing.ourSignatory],
          ['需方代表 / For the buyer', contract.signing.customerSignatory],
        ],
      },
    );
  }),
]);
