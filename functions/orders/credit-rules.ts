import { addDays } from '#shared/calendar.ts';
import { formatMoney } from '#shared/money.ts';
import type { CreditCheck, CreditLimit, CreditPosition } from './credit-model.ts';
import type { Installment } from './model.ts';
import type { CreditSettings } from './settings.ts';

/**
 * A customer's open receivables in one currency on a day: what is overdue, and what is overdue
 * more than `longAfterDays` days.
 */
export function creditPosition(
  customerId: string,
  currency: string,
  installments: readonly Pick<
    Installment,
    'customerId' | 'currency' | 'amount' | 'paid' | 'dueDate' | 'status'
  >[],
  limit: Pick<CreditLimit, 'limit'> | undefined,
  asOf: string,
  longAfterDays: number,
): CreditPosition {
  let openReceivables = 0;
  let overdue = 0;
  let longOverdue = 0;
  const longBefore = addDays(asOf, -longAfterDays);
  for (const item of installments) {
    if (item.customerId !== customerId || item.currency !== currency || item.status !== 'open') continue;
    const owed = item.amount - item.paid;
    openReceivables += owed;
    if (item.dueDate < asOf) overdue += owed;
    if (item.dueDate < longBefore) longOverdue += owed;
  }
  const comparable = limit && limit.limit.currency === currency;
  return {
    customerId,
    currency,
    asOf,
    openReceivables,
    overdue,
    longOverdue,
    ...(limit ? { limitCurrency: limit.limit.currency } : {}),
    ...(comparable ? { limit: limit.limit.value, available: limit.limit.value - openReceivables } : {}),
  };
}

/**
 * A new contract against the customer's credit: past the limit (open receivables plus the new
 * amount), with long-overdue money above the setting, or with a limit in another currency, it
 * needs an override. Without a limit only long-overdue money counts.
 */
export function checkCredit(position: CreditPosition, amount: number, settings: CreditSettings): CreditCheck {
  const after = position.openReceivables + amount;
  const exceeds = position.limit !== undefined && after > position.limit;
  const overdueBlocks = position.longOverdue > settings.overdueBlock.above;
  const otherCurrency = position.limitCurrency !== undefined && position.limit === undefined;
  return {
    ...position,
    amount,
    ...(exceeds ? { exceedsLimitBy: after - position.limit! } : {}),
    overdueBlocks,
    otherCurrency,
    needsOverride: exceeds || overdueBlocks || otherCurrency,
  };
}

/** What the override's decider reads, in their language. */
export function creditLines(check: CreditCheck, language: 'zh-CN' | 'en'): string[] {
  const money = (value: number) => formatMoney(value, check.currency);
  const en = language === 'en';
  const lines = [
    en
      ? `Credit: open receivables ${money(check.openReceivables)} (overdue ${money(check.overdue)}), this contract ${money(check.amount)}, limit ${check.limit === undefined ? (check.limitCurrency ? `set in ${check.limitCurrency}` : 'none') : money(check.limit)}`
      : `信用：未收款 ${money(check.openReceivables)}（逾期 ${money(check.overdue)}），本合同 ${money(check.amount)}，信用额度 ${check.limit === undefined ? (check.limitCurrency ? `以 ${check.limitCurrency} 设定` : '未设定') : money(check.limit)}`,
  ];
  if (check.exceedsLimitBy !== undefined)
    lines.push(
      en ? `Over the limit by ${money(check.exceedsLimitBy)}` : `超出额度 ${money(check.exceedsLimitBy)}`,
    );
  if (check.overdueBlocks)
    lines.push(
      en
        ? `Long-overdue money (${money(check.longOverdue)}) blocks new contracts`
        : `长期逾期未收款 ${money(check.longOverdue)}，新合同需特批`,
    );
  if (check.otherCurrency) lines.push(en ? 'The limit is in another currency' : '信用额度币种与合同不同');
  return lines;
}
