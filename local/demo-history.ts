import { ulid } from 'ulid';
import { addDays, monthOf } from '../functions/shared/calendar.ts';
import { MESSAGE_HORIZON_DAYS } from '../functions/shared/consumer.ts';
import { recordEvent } from '../functions/shared/events.ts';
import { causes } from '../functions/shared/change.ts';
import { forEachConcurrently } from '../functions/shared/concurrency.ts';
import { periodMonths } from '../functions/shared/periods.ts';
import { commit, type TransactItem } from '../functions/shared/transaction.ts';
import type { Customer } from '../functions/customers/model.ts';
import type { Employee } from '../functions/employees/model.ts';
import { draftQuote, priceRevision, sendQuote, acceptQuote } from '../functions/sales/rules.ts';
import { salesSettings } from '../functions/sales/settings.ts';
import { expenseSettings } from '../functions/expenses/settings.ts';
import type { Product } from '../functions/sales/model.ts';
import { priceListWrites, productWrites, quoteWrites } from '../functions/sales/store.ts';
import type { PriceList } from '../functions/sales/price-list-model.ts';
import {
  afterReview,
  draftFromQuote,
  signContract,
  signedPayload,
  submitContract,
} from '../functions/contracts/rules.ts';
import { documentWrites, fileKey } from '../functions/archive/store.ts';
import type { ArchivedDocument } from '../functions/archive/model.ts';
import { contractWrites } from '../functions/contracts/store.ts';
import {
  afterOrderReview,
  completedOrderPayload,
  orderFromContract,
  submitOrder,
} from '../functions/orders/rules.ts';
import {
  acceptProduction,
  completeOrder,
  completeProduction,
  recordReceipt,
  recordShipment,
} from '../functions/orders/fulfilment-rules.ts';
import {
  allocatePayment,
  outstanding,
  paymentRecordedPayload,
  planInstallments,
} from '../functions/orders/receivable-rules.ts';
import { orderSettings } from '../functions/orders/settings.ts';
import type { CommissionPlan } from '../functions/performance/commission-model.ts';
import { commissionPlanWrites } from '../functions/performance/store.ts';
import { orderCompleted, paymentRecorded } from '../functions/orders/events.ts';
import type { Order, TimelineEntry } from '../functions/orders/model.ts';
import {
  createOrderWrites,
  installmentWrite,
  shipmentWrite,
  timelineWrite,
} from '../functions/orders/store.ts';
import { afterClaimReview, lineOf, payClaim, submitClaim } from '../functions/expenses/rules.ts';
import { claimPaid, claimReviewed } from '../functions/expenses/events.ts';
import type { Claim, Receipt } from '../functions/expenses/model.ts';
import {
  claimWrites,
  lineRef,
  paymentWrite,
  payoutWrite,
  receiptKey,
  receiptWrite,
  reserveWrite,
  spendWrite,
} from '../functions/expenses/store.ts';
import { storeObject } from '../functions/shared/storage.ts';
import { startRunWrites } from '../functions/performance/evaluating.ts';
import { performanceSettings } from '../functions/performance/settings.ts';
import { firingDay } from '../functions/performance/evaluation-rules.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * The demo company's last two years, so every report, chart and KPI has something true to show on
 * first start: orders quoted, contracted, reviewed, produced, shipped, received, completed and paid;
 * expense claims paid; every month, quarter and year evaluated and graded.
 *
 * The past is made by the domains' own rules (draftQuote … completeOrder, submitClaim,
 * afterClaimReview, startRunWrites) with the dates it happened on, and written with the domains'
 * own store writes, as the API and the workflows write them; the waits between the steps are left
 * out. The events those changes record (`order.completed`, `expense.claim-reviewed`,
 * `evaluation.requested`, `evaluation.graded`) go through the event path like any other, so the
 * reports' figures, the reps' monthly facts, the customers' purchases and classes, and the
 * evaluations are computed by their consumers and jobs, not written here. Nobody is emailed about
 * it: every such event is older than the message horizon (`MESSAGE_HORIZON_DAYS`).
 */

const DAY = 86_400_000;

/** The catalogue the history sells from (list price and standard cost in fen). */
const CATALOGUE = [
  { name: '数控车床', model: 'CK6150', unit: '台', price: 28_000_000 },
  { name: '立式加工中心', model: 'VMC850', unit: '台', price: 42_000_000 },
  { name: '精密磨床', model: 'MK1320', unit: '台', price: 16_000_000 },
  { name: '液压冲床', model: 'YH32-200', unit: '台', price: 23_000_000 },
] as const;

/**
 * Orders a year, lines an order and the size of a line (fen) by the customer's influence: key
 * customers buy more, more often, so the classification finds A, B and C among them.
 */
const BUYING: Record<number, { perYear: number; lines: number; amount: number }> = {
  5: { perYear: 6, lines: 3, amount: 30_000_000 },
  4: { perYear: 3, lines: 3, amount: 26_000_000 },
  3: { perYear: 2, lines: 1, amount: 20_000_000 },
  2: { perYear: 2, lines: 1, amount: 16_000_000 },
  1: { perYear: 1, lines: 1, amount: 16_000_000 },
};

const MONTHS_OF_HISTORY = 24;

/** A line as the rep quotes it: a catalogue product, how many, the discount. */
type OrderLine = { productId: string; quantity: number; discountBasisPoints: number };

const iso = (day: string, hour = 2) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

export interface DemoHistoryContext {
  today: Date;
  customers: Customer[];
  /** Each customer's first contact: the one quotes went to. */
  contactOf: ReadonlyMap<string, string>;
  employees: Employee[];
  /** Who the history says did what. */
  people: {
    manager: string;
    legal: string;
    admin: string;
    production: string;
    logistics: string;
    finance: string;
  };
}

/**
 * Everything the history writes, one transaction each: the catalogue; each order whole; each
 * claim's submission, then its payment (the second needs the first).
 */
export function demoHistory(context: DemoHistoryContext) {
  const random = seededRandom(20_241_201);
  const idAt = (at: string) => ulid(Date.parse(at), random);
  const products = demoProducts(idAt);
  return {
    products: products.map((product) => productWrites(undefined, product, context.people.admin)),
    orders: demoOrders(context, products, random, idAt),
    claims: demoClaims(context, random, idAt),
    commissionPlans: demoCommissionPlans(context, products),
    priceLists: [demoPriceList(context, products)],
  };
}

/**
 * The key customers' (class A) price list, kept by sales admin: 5 % under the catalogue on the
 * three dearest products. Quotes drafted now for an A customer take these prices.
 */
function demoPriceList(context: DemoHistoryContext, products: readonly Product[]): TransactItem[] {
  const at = iso(addDays(historyStart(context.today), 1));
  const list: PriceList = {
    id: ulid(Date.parse(at), seededRandom(20_241_202)),
    name: 'A 类客户价格表',
    currency: 'CNY',
    customerClass: 'A',
    prices: [...products]
      .sort((a, b) => b.listPrice.value - a.listPrice.value)
      .slice(0, 3)
      .map((product) => ({ productId: product.id, unitPrice: Math.round(product.listPrice.value * 0.95) })),
    active: true,
    setBy: context.people.admin,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  return priceListWrites(undefined, list, context.people.admin);
}

/**
 * A commission plan for each quarter of the history and the current one, set by the manager a
 * few days before it began: 2 % of collected money, 3 % on the two dearest products, ×1.2 from
 * the quarter's revenue target and ×1.5 from 120 % of it. No payout is submitted: the last
 * quarter's is the manager's to put to finance.
 */
function demoCommissionPlans(context: DemoHistoryContext, products: readonly Product[]): TransactItem[][] {
  const dearest = [...products].sort((a, b) => b.listPrice.value - a.listPrice.value).slice(0, 2);
  const quarters = new Set<string>();
  const last = context.today.toISOString().slice(0, 7);
  for (let month = historyStart(context.today).slice(0, 7); month <= last; month = monthOf(`${month}-01`, 1))
    quarters.add(`${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`);
  return [...quarters].map((period) => {
    const at = iso(addDays(`${periodMonths(period)[0]}-01`, -5));
    const plan: CommissionPlan = {
      period,
      currency: 'CNY',
      defaultRateBasisPoints: 200,
      productRates: dearest.map((product) => ({ productId: product.id, rateBasisPoints: 300 })),
      tiers: [
        { fromAttainmentBasisPoints: 10_000, multiplierBasisPoints: 12_000 },
        { fromAttainmentBasisPoints: 12_000, multiplierBasisPoints: 15_000 },
      ],
      clawbackOnWriteOff: true,
      setBy: context.people.manager,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    return commissionPlanWrites(undefined, plan, context.people.manager);
  });
}

function demoProducts(idAt: (at: string) => string): Product[] {
  const at = '2024-01-02T01:00:00.000Z';
  return CATALOGUE.map((item) => ({
    id: idAt(at),
    name: item.name,
    model: item.model,
    unit: item.unit,
    listPrice: { value: item.price, currency: 'CNY' },
    standardCost: { value: Math.round(item.price * 0.65), currency: 'CNY' },
    active: true,
    version: 1,
    createdAt: at,
    updatedAt: at,
  }));
}

/** The first day of history: the first of the month two years back. */
function historyStart(today: Date): string {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - MONTHS_OF_HISTORY, 1));
  return start.toISOString().slice(0, 10);
}

/**
 * Each active customer's orders over the two years, by influence; a customer that later went
 * dormant or was lost bought in the first year only. Each order is whole by the time of the last
 * receipt ten days before today, and paid by its due dates, except the most recent installments and
 * a few late payers, so the aging report has something to age.
 */
function demoOrders(
  context: DemoHistoryContext,
  products: Product[],
  random: () => number,
  idAt: (at: string) => string,
): DemoWrite[] {
  const { people } = context;
  const today = context.today.toISOString().slice(0, 10);
  const start = historyStart(context.today);
  // Well past the message horizon: the history's last order completed ten days ago.
  const lastReceipt = addDays(today, -10);
  const catalogue = new Map(products.map((product) => [product.id, product]));
  const settings = orderSettings();
  const tolerance = salesSettings().priceToleranceBasisPoints;
  const transactions: DemoWrite[] = [];
  context.customers.forEach((customer, index) => {
    if (customer.status === 'prospect') return;
    const buying = BUYING[customer.influence ?? 1]!;
    const stoppedBuying = customer.status === 'dormant' || customer.status === 'lost';
    const every = Math.round(365 / buying.perYear);
    const order = (signedOn: string, lines: OrderLine[], late: boolean) =>
      transactions.push(
        completedOrder({
          customer,
          contactId: context.contactOf.get(customer.id)!,
          late,
          lines,
          signedOn,
          receivedOn: addDays(signedOn, 36),
          today,
          people,
          catalogue,
          settings,
          tolerance,
          idAt,
        }),
      );
    // A key account's first order, two months after it was filed: long-term, it is proposed for
    // the appreciation events.
    if (customer.influence === 5)
      order(
        addDays(customer.createdAt.slice(0, 10), 60),
        [{ productId: products[index % products.length]!.id, quantity: 1, discountBasisPoints: 0 }],
        false,
      );
    // Signed from six weeks before the first month, so every month of the two years has revenue.
    for (let day = addDays(start, -42 + ((index * 5) % every)); day < today; day = addDays(day, every)) {
      if (stoppedBuying && day >= addDays(start, 365)) break;
      const signedOn = addDays(day, Math.floor(random() * 5));
      const receivedOn = addDays(signedOn, 36);
      if (receivedOn > lastReceipt) break;
      // A sixth more each year: last year is there to compare with, and it grew.
      const growth = 1 + (0.16 * (Date.parse(signedOn) - Date.parse(start))) / (365 * DAY);
      const lines = Array.from({ length: buying.lines }, (_, line) => {
        const product = products[(index + transactions.length + line) % products.length]!;
        const wanted = buying.amount * growth * (0.8 + random() * 0.4);
        return {
          productId: product.id,
          quantity: Math.max(1, Math.round(wanted / product.listPrice.value)),
          discountBasisPoints: [0, 200, 300, 500][Math.floor(random() * 4)]!,
        };
      });
      order(signedOn, lines, random() < 0.3);
    }
  });
  return transactions;
}

/** One order's whole life, from the quote to the last payment, as the domains' rules move it. */
function completedOrder(input: {
  customer: Customer;
  contactId: string;
  /** Pays late: what fell due in the last two months is still open. */
  late: boolean;
  lines: OrderLine[];
  signedOn: string;
  receivedOn: string;
  today: string;
  people: DemoHistoryContext['people'];
  catalogue: ReadonlyMap<string, Product>;
  settings: ReturnType<typeof orderSettings>;
  tolerance: number;
  idAt: (at: string) => string;
}): DemoWrite {
  const { customer, signedOn, receivedOn, people, settings } = input;
  const rep = customer.ownerId;
  const quotedOn = addDays(signedOn, -12);
  // The quote: drafted, priced from the catalogue, sent, accepted.
  const draft = draftQuote(
    { id: input.idAt(iso(quotedOn)), customerId: customer.id, ownerId: rep, opportunityId: undefined },
    iso(quotedOn),
  );
  const revision = priceRevision(
    {
      currency: 'CNY',
      lines: input.lines,
      deliveryDate: addDays(signedOn, 40),
      paymentTerms: '30 % at signing, 60 % 30 days after delivery, 10 % after acceptance',
      afterSalesTerms: '一年免费保修，终身维护',
      validUntil: addDays(quotedOn, 30),
    },
    input.catalogue,
    {
      quoteId: draft.id,
      revision: 1,
      by: rep,
      at: iso(quotedOn),
      today: quotedOn,
      toleranceBasisPoints: input.tolerance,
      vatRateBasisPoints: salesSettings().vatRateBasisPoints,
    },
  );
  const sent = sendQuote(draft, revision, input.contactId, iso(addDays(quotedOn, 1)));
  const accepted = acceptQuote(sent, revision, 1, {
    today: addDays(quotedOn, 5),
    at: iso(addDays(quotedOn, 5)),
  });
  // The contract: drafted from the accepted revision, approved by the manager and legal, signed.
  const drafted = draftFromQuote(
    accepted,
    revision,
    {
      qualityStandard: 'GB/T 16462 数控车床和车削中心检验条件',
      breachLiability: '逾期交货每日按合同总额 0.05 % 支付违约金',
    },
    { id: input.idAt(iso(addDays(quotedOn, 6))), at: iso(addDays(quotedOn, 6)) },
  );
  const underReview = submitContract(drafted, iso(addDays(quotedOn, 7)));
  const approved = afterReview(underReview, 1, { approved: true, at: iso(addDays(signedOn, -2)) })!;
  // Signed and stamped by both sides; the scan of the signed copy is archived with the customer's documents.
  const scan = archivedScan(customer.id, rep, `合同扫描件 ${customer.name}`, iso(signedOn, 2), input.idAt);
  const signing = {
    signedOn,
    ourSignatory: people.manager,
    customerSignatory: `${customer.name} 授权代表`,
    ourStamp: true as const,
    customerStamp: true as const,
    signedScanId: scan.document.id,
  };
  const effective = signContract(approved, signing, iso(signedOn));
  // The order: reviewed by sales admin, produced, shipped in one shipment, received, completed.
  const timeline: Omit<TimelineEntry, 'id'>[] = [];
  const track = (order: Order, what: string, by: string, note?: string) => {
    timeline.push({ at: order.updatedAt, what, by, ...(note ? { note } : {}) });
    return order;
  };
  let order = orderFromContract(signedPayload({ ...effective, signing }), iso(signedOn, 3));
  order = submitOrder(order, iso(signedOn, 3));
  order = track(
    afterOrderReview(order, 1, { approved: true, at: iso(addDays(signedOn, 1)) })!,
    'review-passed',
    people.admin,
  );
  const plannedCompletion = addDays(signedOn, 30);
  order = track(
    acceptProduction(order, plannedCompletion, iso(addDays(signedOn, 2))),
    'production-accepted',
    people.production,
  );
  order = track(
    completeProduction(order, iso(addDays(signedOn, 30))),
    'production-completed',
    people.production,
  );
  const shippedOn = addDays(signedOn, 32);
  const shipped = recordShipment(
    order,
    order.lines.map((line, index) => ({ line: index, quantity: line.quantity })),
    iso(shippedOn),
  );
  const trackingNumber = `SF${shippedOn.replaceAll('-', '')}${order.id.slice(-6)}`;
  order = track(shipped.order, 'shipped', people.logistics, `顺丰速运 ${trackingNumber}`);
  order = track(
    recordReceipt(order, { at: iso(receivedOn), by: rep, via: 'rep', receivedOn }, 0),
    'received',
    rep,
  );
  const completedAt = iso(receivedOn, 4);
  order = track(completeOrder(order, receivedOn, completedAt)!, 'completed', 'order-fulfilment');
  // The receivable: each installment paid on its due date while that is behind us, except that a
  // customer who stopped buying left its last one open (the aging report's oldest bucket).
  const planned = planInstallments(order, settings.paymentPlan, settings);
  let installments = planned;
  const payments: Omit<TimelineEntry, 'id'>[] = [];
  // Each payment also as the event finance's recording leaves (the commissions count collected money).
  const paid: TransactItem[] = [];
  for (const installment of planned) {
    // A customer who stopped buying left its last installment unpaid; a few recent ones are late.
    const unpaid =
      (input.customer.status !== 'active' && installment.number === planned.length) ||
      (installment.dueDate >= addDays(input.today, -60) && input.late);
    if (installment.dueDate >= input.today || unpaid) continue;
    const changed = allocatePayment(installments, installment.amount);
    installments = installments.map((item) => changed.find((paid) => paid.number === item.number) ?? item);
    payments.push({
      at: iso(installment.dueDate, 6),
      what: 'payment-recorded',
      by: people.finance,
      note: `${installment.amount} received ${installment.dueDate} (bank transfer)`,
    });
    paid.push(
      recordEvent(paymentRecorded, {
        subject: { type: 'order', id: order.id },
        actor: people.finance,
        at: iso(installment.dueDate, 6),
        payload: paymentRecordedPayload(
          order,
          { amount: installment.amount, receivedOn: installment.dueDate },
          outstanding(installments),
        ),
      }),
    );
  }
  const [created, ...rest] = [{ at: order.createdAt, what: 'created', by: rep }, ...timeline, ...payments];
  const items = [
    ...documentWrites(scan.document, rep),
    ...quoteWrites(undefined, accepted, rep, { revision }),
    ...contractWrites(undefined, effective, rep),
    ...createOrderWrites(order, created!, rep),
    ...rest.map((entry) => timelineWrite(order.id, entry)),
    shipmentWrite({
      id: input.idAt(iso(shippedOn)),
      orderId: order.id,
      lines: shipped.lines,
      carrier: '顺丰速运',
      trackingNumber,
      shippedOn,
      recordedBy: people.logistics,
      at: iso(shippedOn),
    }),
    ...installments.map((item) => installmentWrite(undefined, item)),
    ...paid,
    recordEvent(orderCompleted, {
      subject: { type: 'order', id: order.id },
      subjectVersion: order.version,
      actor: 'order-fulfilment',
      at: completedAt,
      payload: completedOrderPayload(
        order,
        customer,
        new Map([...input.catalogue].map(([id, product]) => [id, product.standardCost])),
      ),
    }),
  ];
  return { items, files: [scan.file] };
}

/** A file the history stores in the documents bucket beside the records that name it. */
interface DemoFile {
  key: string;
  body: Uint8Array;
}

/** One transaction of the history and the files its records name. */
interface DemoWrite {
  items: TransactItem[];
  files: DemoFile[];
}

/** A small PDF standing for a scanned or photographed paper. */
const demoPdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** A scan of a signed contract, archived among the customer's documents. */
function archivedScan(
  customerId: string,
  author: string,
  title: string,
  at: string,
  idAt: (at: string) => string,
): { document: ArchivedDocument; file: DemoFile } {
  const id = idAt(at);
  const body = demoPdf(`${title} ${id}`);
  const document: ArchivedDocument = {
    id,
    type: 'contract',
    title,
    customerId,
    tags: ['contract', '合同', 'signed', 'scan'],
    fileName: `signed-contract-${id}.pdf`,
    contentType: 'application/pdf',
    size: body.length,
    author,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  return { document, file: { key: fileKey(id), body } };
}

/** Travel every month and some entertainment, submitted, approved along the chain and paid by finance. */
function demoClaims(
  context: DemoHistoryContext,
  random: () => number,
  idAt: (at: string) => string,
): DemoClaim[] {
  const today = context.today.toISOString().slice(0, 10);
  const reps = context.employees.filter((person) => person.roles.includes('sales_rep'));
  const transactions: DemoClaim[] = [];
  const start = historyStart(context.today);
  for (let month = 0; month < MONTHS_OF_HISTORY; month++) {
    const day = `${monthOf(start, month)}-01`;
    reps.forEach((rep, index) => {
      const kinds: Claim['category'][] = month % 3 === index % 3 ? ['travel', 'entertainment'] : ['travel'];
      for (const category of kinds) {
        const date = addDays(day, 4 + index * 3 + (category === 'entertainment' ? 6 : 0));
        const paidOn = addDays(date, 9);
        // Paid well before the message horizon, so nobody is told of it today.
        if (paidOn > addDays(today, -10)) continue;
        const amount = Math.round((category === 'travel' ? 180_000 : 120_000) * (1 + random() * 1.5));
        transactions.push(
          paidClaim({ rep, category, amount, date, paidOn, idAt, finance: context.people.finance }),
        );
      }
    });
  }
  return transactions;
}

/** A claim of the past: its budget line, its transactions in order, its receipt's file. */
interface DemoClaim {
  line: string;
  transactions: TransactItem[][];
  receipt: DemoFile;
}

/**
 * A claim of the past: filed with its invoice, submitted (its amount reserved on its line),
 * approved along its chain the day before it was paid, then paid by finance with its payment
 * record (reserved becomes spent).
 */
function paidClaim(input: {
  rep: Employee;
  category: Claim['category'];
  amount: number;
  date: string;
  paidOn: string;
  finance: string;
  idAt: (at: string) => string;
}): DemoClaim {
  const { rep, date } = input;
  const filedAt = iso(date, 9);
  const draft: Claim = {
    id: input.idAt(filedAt),
    claimantId: rep.id,
    category: input.category,
    amount: input.amount,
    currency: 'CNY',
    date,
    reason: input.category === 'travel' ? '拜访客户差旅费（交通、住宿）' : '客户技术交流接待',
    status: 'draft',
    round: 0,
    version: 1,
    createdAt: filedAt,
    updatedAt: filedAt,
  };
  const file = demoPdf(`发票 ${draft.id}`);
  const receipt: Receipt = {
    id: input.idAt(filedAt),
    claimId: draft.id,
    fileName: '发票.pdf',
    contentType: 'application/pdf',
    size: file.length,
    addedBy: rep.id,
    addedAt: filedAt,
  };
  const line = lineRef(lineOf(draft, 'department'));
  const submitted = submitClaim(draft, 1, expenseSettings(), [line], iso(date, 10));
  const approvedAt = iso(addDays(input.paidOn, -1), 16);
  const approved = afterClaimReview(submitted, 1, { approved: true, at: approvedAt })!;
  const reference = `TR${input.paidOn.replaceAll('-', '')}${approved.id.slice(-4)}`;
  const paid = payClaim(
    approved,
    { amount: input.amount, paidOn: input.paidOn, reference },
    input.finance,
    iso(input.paidOn, 7),
  );
  return {
    line,
    receipt: { key: receiptKey(receipt), body: file },
    transactions: [
      [...claimWrites(undefined, draft, rep.id), receiptWrite(receipt)],
      [...claimWrites(draft, submitted, rep.id), reserveWrite(line, input.amount)],
      claimWrites(submitted, approved, 'expense-approval', {
        events: [
          causes(claimReviewed, {
            round: 1,
            outcome: 'approved',
            ownerId: rep.id,
            status: 'approved',
            amount: approved.amount,
            category: approved.category,
            claimantId: rep.id,
          }),
        ],
      }),
      claimWrites(approved, paid.claim, input.finance, {
        with: [paymentWrite(paid.payment), spendWrite(line, input.amount), payoutWrite(paid.claim)],
        events: [
          causes(claimPaid, {
            claimId: approved.id,
            claimantId: rep.id,
            amount: paid.payment.amount,
            currency: paid.payment.currency,
            paidOn: paid.payment.paidOn,
            reference,
          }),
        ],
      }),
    ],
  };
}

/** Writes the history through the domains' store writes; its events wait for the event path. */
export async function writeDemoHistory(context: DemoHistoryContext): Promise<void> {
  const { products, orders, claims, commissionPlans, priceLists } = demoHistory(context);
  const inParallel = (transactions: TransactItem[][]) =>
    forEachConcurrently(transactions, 8, async (items) => void (await commit(items)));
  await inParallel(products);
  await inParallel(commissionPlans);
  await inParallel(priceLists);
  await forEachConcurrently(orders, 8, async ({ items, files }) => {
    for (const file of files) await storeObject(file.key, file.body, 'application/pdf');
    await commit(items);
  });
  // Claims of one budget line one at a time (each reserves, then spends, on the line); lines side by side.
  const byLine = Map.groupBy(claims, (claim) => claim.line);
  await forEachConcurrently([...byLine.values()], 8, async (ofLine) => {
    for (const claim of ofLine) {
      await storeObject(claim.receipt.key, claim.receipt.body, 'application/pdf');
      for (const items of claim.transactions) await commit(items);
    }
  });
}

/**
 * The periods the history evaluates: every month of it, every quarter and year wholly inside it,
 * whose run started long enough ago that its ratings were due and its grades out before the
 * message horizon (a later one is the schedule's, or the manager's, to start).
 */
export function historyPeriods(today: Date): { months: string[]; quarters: string[]; years: string[] } {
  const start = historyStart(today);
  const latestStart = addDays(
    today.toISOString().slice(0, 10),
    -(performanceSettings().ratingDays + MESSAGE_HORIZON_DAYS + 2),
  );
  const months: string[] = [];
  for (let month = start.slice(0, 7); firingDay(month) <= latestStart; month = monthOf(`${month}-01`, 1))
    months.push(month);
  const inside = (period: string) =>
    periodMonths(period).every((month) => months.includes(month)) && firingDay(period) <= latestStart;
  const years = [...new Set(months.map((month) => month.slice(0, 4)))].filter(inside);
  const quarters = [
    ...new Set(months.map((month) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`)),
  ].filter(inside);
  return { months, quarters, years };
}

/**
 * Evaluates the history as the schedule would have: each period's run started the day after it
 * ended, on its firing day (months first, then the quarters that list their months' scores, then the years), and the
 * daily grading fired on each rating deadline. `settle` waits until the event path has delivered
 * everything; `fire` fires a scheduled job as of a time.
 */
export async function evaluateDemoHistory(
  today: Date,
  runtime: { settle: () => Promise<void>; fire: (job: string, at: string) => Promise<unknown> },
): Promise<void> {
  const { months, quarters, years } = historyPeriods(today);
  const deadlines: string[] = [];
  for (const wave of [months, quarters, years]) {
    await forEachConcurrently(wave, 4, async (period) => {
      const startedAt = iso(firingDay(period), 1);
      const { run, items } = startRunWrites(period, 1, 'schedule', startedAt, undefined, startedAt);
      await commit(items);
      if (run.kind !== 'month') deadlines.push(run.ratingsDueAt!);
    });
    await runtime.settle();
  }
  for (const deadline of [...new Set(deadlines)].sort()) {
    await runtime.fire('evaluation-grading', new Date(Date.parse(deadline) + 3_600_000).toISOString());
    await runtime.settle();
  }
}
