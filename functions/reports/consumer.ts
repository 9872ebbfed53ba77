import { defineConsumer } from '#shared/event-consumer.ts';
import { customerClassified } from '../classification/public.ts';
import { customerFiled, customerStatusChanged } from '../customers/public.ts';
import { orderCompleted } from '../orders/public.ts';
import { opportunityStaged } from '../sales/public.ts';
import { complaintLogged, complaintSolved } from '../service/public.ts';

/**
 * The reports-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const reportsConsumer = defineConsumer({
  name: 'reports-events',
  entry: 'functions/reports/reactions.ts',
  description:
    "Keeps the reports' aggregates (R-7.1): a completed order's revenue per month and rep, customer, product, region and department; customers filed, lost and won back and complaints logged and solved per rep and month; the class mix; the pipeline by stage. Each event adds once.",
  events: [
    orderCompleted,
    customerFiled,
    customerStatusChanged,
    customerClassified,
    opportunityStaged,
    complaintLogged,
    complaintSolved,
  ],
  sendsEmail: false,
});
