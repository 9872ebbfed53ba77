import { reportsConsumer } from './consumer.ts';
import { monthOfInstant } from '#shared/calendar.ts';
import { applyOnce, applyOnceInParts, consumerHandler, on } from '#shared/consumer.ts';
import type { TransactItem } from '#shared/transaction.ts';
import { customerClassified } from '../classification/public.ts';
import { customerFiled, customerStatusChanged } from '../customers/public.ts';
import { orderCompleted } from '../orders/public.ts';
import { opportunityStaged } from '../sales/public.ts';
import { complaintLogged, complaintSolved } from '../service/public.ts';
import { classCountAdd, customerCountAdd, figureAdd, pipelineAdd } from './store.ts';

/**
 * Keeps the reports' aggregates (R-7.1) from the domain events: a completed order adds to its
 * month's totals per rep, customer, product, region and department; filed, lost and won-back
 * customers are counted per rep and month; class changes move the class mix; stage changes move
 * the pipeline. Each event's additions commit with the record that it was handled, so a
 * redelivery adds nothing (an order of many products in parts, each once).
 */

export const handler = consumerHandler(reportsConsumer, [
  on(orderCompleted, async (delivery) => {
    const { ownerId, customerId, customerName, region, currency, total, completedOn, lines } =
      delivery.event.payload;
    const month = completedOn.slice(0, 7);
    // A rep's name is read when the report is (names change); a customer's is kept with its
    // figures, and the region is the one the customer was in when the order completed.
    const order = { revenue: total, orders: 1 };
    const at = (dimension: 'rep' | 'customer' | 'region' | 'total', key: string, name?: string) =>
      figureAdd({ month, dimension, currency, key, name }, order);
    const products = Map.groupBy(lines, (line) => line.productId);
    const figures = [
      at('total', 'all'),
      at('rep', ownerId),
      at('customer', customerId, customerName),
      at('region', region),
      ...[...products].map(([productId, productLines]) =>
        figureAdd(
          {
            month,
            dimension: 'product',
            currency,
            key: productId,
            name: `${productLines[0]!.productName} ${productLines[0]!.model}`.trim(),
          },
          {
            revenue: productLines.reduce((sum, line) => sum + line.amount, 0),
            orders: 1,
            quantity: productLines.reduce((sum, line) => sum + line.quantity, 0),
          },
        ),
      ),
    ];
    await applyOnceInParts(
      delivery,
      figures.map((figure) => [figure]),
    );
  }),
  on(customerFiled, async (delivery) => {
    const { ownerId, filedAt } = delivery.event.payload;
    await applyOnce(delivery, [
      customerCountAdd(monthOfInstant(filedAt), ownerId, { filed: 1 }),
      classCountAdd('none', 1),
    ]);
  }),
  on(customerStatusChanged, async (delivery) => {
    const { ownerId, from, to, at } = delivery.event.payload;
    const month = monthOfInstant(at);
    const items: TransactItem[] = [];
    if (to === 'lost') items.push(customerCountAdd(month, ownerId, { lost: 1 }));
    if (from === 'lost') items.push(customerCountAdd(month, ownerId, { wonBack: 1 }));
    if (items.length) await applyOnce(delivery, items);
  }),
  // Complaints count in the customer analysis, by the month they were logged or solved.
  on(complaintLogged, async (delivery) => {
    const { ownerId } = delivery.event.payload;
    await applyOnce(delivery, [
      customerCountAdd(monthOfInstant(delivery.event.at), ownerId, { complaints: 1 }),
    ]);
  }),
  on(complaintSolved, async (delivery) => {
    const { ownerId, solvedAt } = delivery.event.payload;
    await applyOnce(delivery, [customerCountAdd(monthOfInstant(solvedAt), ownerId, { complaintsSolved: 1 })]);
  }),
  on(customerClassified, async (delivery) => {
    const { from, to } = delivery.event.payload;
    if (from === to) return;
    await applyOnce(delivery, [classCountAdd(from ?? 'none', -1), classCountAdd(to ?? 'none', 1)]);
  }),
  on(opportunityStaged, async (delivery) => {
    const { from, to, expectedValue } = delivery.event.payload;
    const { value, currency } = expectedValue;
    await applyOnce(delivery, [
      ...(from ? [pipelineAdd(from, currency, -1, -value)] : []),
      pipelineAdd(to, currency, 1, value),
    ]);
  }),
]);
