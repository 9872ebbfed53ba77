import { contractsConsumer } from './consumer.ts';
import { commitUnlessChanged } from '#shared/change.ts';
import { consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { logger } from '#shared/observability.ts';
import { emailOutcome, startReview, stopReview } from '../approvals/public.ts';
import { contractReviewed, contractSubmitted, contractWithdrawn } from './events.ts';
import { collectWhere } from '#shared/listing.ts';
import { customerReassigned } from '../customers/public.ts';
import { contractTitle } from './rules.ts';
import { contractOwnerChangeWrites, getContract, listContracts } from './store.ts';

/**
 * The contracts domain's reactions to its own events: start a review, stop one that was withdrawn,
 * tell the rep a review's outcome.
 */
export const handler = consumerHandler(contractsConsumer, [
  on(contractSubmitted, async (delivery) => {
    const { event } = delivery;
    const contract = await getContract(event.subject.id);
    if (contract?.status !== 'under_review' || contract.reviewRound !== event.payload.round) {
      logger.info('the contract left this review round before it started; nothing to start');
      return;
    }
    // Repeatable: a second start of the same round is the same execution.
    await effectOnce(delivery, { repeatable: true }, () => startReview('contract-review', event.payload));
  }),
  // The open contracts of a reassigned customer move to its new rep (signed ones stay on record).
  on(customerReassigned, async (delivery) => {
    const { customerId, from, to } = delivery.event.payload;
    await effectOnce(delivery, { repeatable: true }, async () => {
      const open = await collectWhere(
        (page) => listContracts({ ownerId: from }, page),
        (contract) => contract.customerId === customerId && contract.status !== 'effective',
      );
      // One changed meanwhile by someone else keeps that change; a repeat of this event moves it if
      // it is still the old rep's.
      for (const contract of open)
        await commitUnlessChanged(
          contractOwnerChangeWrites(contract, to, delivery.event.actor, delivery.event.at),
        );
    });
  }),
  on(contractWithdrawn, async (delivery) => {
    const { event } = delivery;
    await effectOnce(delivery, { repeatable: true }, () =>
      stopReview(
        'contract-review',
        event.subject,
        event.payload.round,
        `The contract was ${event.payload.reason} during its review.`,
        'contracts',
      ),
    );
  }),
  on(contractReviewed, (delivery) =>
    emailOutcome(delivery, (language) => contractTitle(delivery.event.subject.id, language), {
      en: 'can be signed',
      'zh-CN': '可以签署',
    }),
  ),
]);
