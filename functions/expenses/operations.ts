import type { Operation } from '#shared/http.ts';
import { auditOperations } from './audits.ts';
import { budgetOperations } from './budgets.ts';
import { claimOperations } from './claims.ts';
import { paymentOperations } from './payments.ts';
import { receiptOperations } from './receipts.ts';
import { reportOperations } from './report.ts';
import { tripOperations } from './trips.ts';

export const expenseOperations: readonly Operation[] = [
  ...budgetOperations,
  ...claimOperations,
  ...receiptOperations,
  ...paymentOperations,
  ...reportOperations,
  ...tripOperations,
  ...auditOperations,
];
