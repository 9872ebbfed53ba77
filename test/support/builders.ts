import type { Role } from '../../functions/shared/roles.ts';
import { caller } from './events.ts';

/**
 * Builders of the things tests start from: a customer with a contact, a catalogue product, a
 * quote, an accepted quote's draft contract. Each goes through the API as its users would.
 */
type Person = { id: string; roles: readonly Role[] };

const api = async (domain: 'customers' | 'sales' | 'contracts') =>
  caller(
    (
      (await import(`../../functions/${domain}/handler.ts`)) as {
        handler: Parameters<typeof caller>[0];
      }
    ).handler,
  );

export const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

/** A customer of the rep's, with one contact who has an email address. */
export async function seedCustomer(
  rep: Person,
  name: string,
  person?: { name: string; email: string; language?: 'zh-CN' | 'en' },
) {
  const customers = await api('customers');
  const customer = await customers('POST /customers', '/customers', {
    caller: rep,
    body: { name, industry: 'energy', region: 'east', source: 'referral' },
  });
  if (customer.status !== 201) throw new Error(`seedCustomer: ${customer.status}`);
  const contact = await customers(
    'POST /customers/{id}/contacts',
    `/customers/${customer.body.id}/contacts`,
    {
      caller: rep,
      body: person ?? {
        name: 'Buyer',
        email: `buyer-${customer.body.id.slice(-6).toLowerCase()}@customer.example`,
      },
    },
  );
  return { customerId: customer.body.id as string, contactId: contact.body.id as string };
}

/** A catalogue product (CNY list price, in fen). */
export async function seedProduct(admin: Person, listPrice = 5_000_000) {
  const sales = await api('sales');
  const product = await sales('POST /products', '/products', {
    caller: admin,
    body: {
      name: 'Press',
      model: 'YH32',
      unit: 'set',
      listPrice: { value: listPrice, currency: 'CNY' },
      standardCost: { value: Math.round(listPrice * 0.6), currency: 'CNY' },
    },
  });
  if (product.status !== 201) throw new Error(`seedProduct: ${product.status}`);
  return product.body.id as string;
}

export const quoteTerms = (lines: { productId: string; quantity: number; unitPrice?: number }[]) => ({
  currency: 'CNY',
  lines,
  deliveryDate: inAYear,
  paymentTerms: '30/70',
  afterSalesTerms: '1 year',
  validUntil: inAYear,
});

/** A draft quote (revision 1) of the rep's for the customer. */
export async function draftQuote(
  rep: Person,
  customerId: string,
  lines: { productId: string; quantity: number; unitPrice?: number }[],
) {
  const sales = await api('sales');
  const quote = await sales('POST /quotes', '/quotes', {
    caller: rep,
    body: { customerId, terms: quoteTerms(lines) },
  });
  if (quote.status !== 201) throw new Error(`draftQuote: ${quote.status} ${JSON.stringify(quote.body)}`);
  return quote.body.id as string;
}

/** A quote sent to the contact and accepted, drafted into a contract. */
export async function draftContract(
  rep: Person,
  customer: { customerId: string; contactId: string },
  productId: string,
  quantity = 3,
) {
  const [sales, contracts] = [await api('sales'), await api('contracts')];
  const quoteId = await draftQuote(rep, customer.customerId, [{ productId, quantity }]);
  await sales('POST /quotes/{id}/send', `/quotes/${quoteId}/send`, {
    caller: rep,
    body: { contactId: customer.contactId },
  });
  await sales('POST /quotes/{id}/accept', `/quotes/${quoteId}/accept`, {
    caller: rep,
    body: { revision: 1 },
  });
  const contract = await contracts('POST /contracts', '/contracts', {
    caller: rep,
    body: { quoteId, qualityStandard: 'GB/T 23581', breachLiability: '0.05% of the total per day of delay' },
  });
  if (contract.status !== 201) throw new Error(`draftContract: ${contract.status}`);
  return contract.body.id as string;
}
