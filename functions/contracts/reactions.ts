import { consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { sendEmail } from '#shared/email.ts';
import { publicApiUrl } from '#shared/links.ts';
import { logger } from '#shared/observability.ts';
import { startWorkflow, stopWorkflow } from '#shared/workflow.ts';
import { outcomeEmail } from '../approvals/messages.ts';
import { expirePendingApprovals } from '../approvals/store.ts';
import { getEmployee } from '../employees/store.ts';
import { contractReviewed, contractSubmitted, contractWithdrawn } from './events.ts';
import { collectWhere } from '#shared/listing.ts';
import { commitUnlessChanged } from '#shared/transaction.ts';
import { customerReassigned } from '../customers/events.ts';
import { contractTitle } from './rules.ts';
import { contractOwnerChangeWrites, getContract, listContracts } from './store.ts';

/**
 * The contracts domain's reactions to its own events: start a review, stop one that was withdrawn,
 * tell the rep a review's outcome.
 */
export const handler = consumerHandler('contracts-events', [
  on(contractSubmitted, async (delivery) => {
    const { event } = delivery;
    const contract = await getContract(event.subject.id);
    if (contract?.status !== 'under_review' || contract.reviewRound !== event.payload.round) {
      logger.info('the contract left this review round before it started; nothing to start');
      return;
    }
    // Repeatable: the execution is named after the contract and round, so a second start of the
    // same round is the same execution (or ExecutionAlreadyExists once it has ended).
    await effectOnce(delivery, { repeatable: true }, async () => {
      try {
        await startWorkflow(
          'CONTRACT_REVIEW_STATE_MACHINE_ARN',
          `contract-${contract.id}-round-${event.payload.round}`,
          {
            workflow: 'contract-review',
            subject: event.payload.subject,
            round: event.payload.round,
            chain: event.payload.chain,
            links: publicApiUrl(),
            settings: event.payload.settings,
          },
        );
      } catch (error) {
        if ((error as Error).name !== 'ExecutionAlreadyExists') throw error;
      }
    });
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
    // Repeatable: stopping a stopped execution and expiring expired steps change nothing.
    await effectOnce(delivery, { repeatable: true }, async () => {
      await stopWorkflow(
        'CONTRACT_REVIEW_STATE_MACHINE_ARN',
        `contract-${event.subject.id}-round-${event.payload.round}`,
        `The contract was ${event.payload.reason} during its review.`,
      );
      await expirePendingApprovals('contract', event.subject.id, 'contracts');
    });
  }),
  on(contractReviewed, async (delivery) => {
    const { event } = delivery;
    const rep = await getEmployee(event.payload.ownerId);
    if (!rep) return;
    const { rejection } = event.payload;
    await effectOnce(delivery, { repeatable: false }, async () => {
      await sendEmail({
        to: rep.email,
        ...outcomeEmail(
          rep.locale,
          rep.name,
          contractTitle(event.subject.id, rep.locale),
          rejection
            ? { approved: false, step: rejection.step, comment: rejection.comment }
            : { approved: true },
        ),
      });
    });
  }),
]);
