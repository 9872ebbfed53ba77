import { nextVersion } from '#shared/clock.ts';
import { commitUnlessChanged } from '#shared/change.ts';
import { consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { customerReassigned } from '../customers/public.ts';
import { careConsumer } from './consumer.ts';
import { movedRevisitWrites, openRevisitOf } from './store.ts';

/**
 * A reassigned customer's open revisit is the new rep's to make. Repeatable: a moved one
 * is the new rep's already; one changed meanwhile (completed, or moved again) is read again on the
 * retry and left as it is.
 */
export const handler = consumerHandler(careConsumer, [
  on(customerReassigned, async (delivery) => {
    const { customerId, from, to } = delivery.event.payload;
    await effectOnce(delivery, { repeatable: true }, async () => {
      const revisit = await openRevisitOf(customerId);
      if (!revisit || revisit.ownerId !== from) return;
      const moved = nextVersion({ ...revisit, ownerId: to });
      if (!(await commitUnlessChanged(movedRevisitWrites(revisit, moved, delivery.event.actor))))
        throw new Error('The revisit changed while it was being moved: reading it again');
    });
  }),
]);
