import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { consumerHandler, type Delivery, effectOnce, on } from '#shared/consumer.ts';
import { logger } from '#shared/observability.ts';
import { employeesConsumer } from './consumer.ts';
import { employeeChanged, employeeJoined, employeeLeft } from './events.ts';
import { syncAccount } from './sign-in-account.ts';
import { getEmployee } from './store.ts';

let cognito: CognitoIdentityProviderClient | undefined;

/**
 * Whatever the event, the account is brought to the profile as it is now: events that arrive out
 * of order (a move before the joining) still end where the profile is. Repeatable: each step of
 * the sync is idempotent.
 */
async function syncFromProfile(delivery: Delivery<{ employeeId: string }>) {
  const userPoolId = process.env.USER_POOL_ID;
  // The local runtime has no user pool: its sign-in reads the profiles (local/identity-provider.ts).
  if (!userPoolId) return;
  const { employeeId } = delivery.event.payload;
  await effectOnce(delivery, { repeatable: true }, async () => {
    const person = await getEmployee(employeeId);
    if (!person) {
      logger.warn('no profile for the event’s employee; nothing to sync', { employeeId });
      return;
    }
    cognito ??= new CognitoIdentityProviderClient({});
    await syncAccount(cognito, userPoolId, person);
  });
}

export const handler = consumerHandler(employeesConsumer, [
  on(employeeJoined, syncFromProfile),
  on(employeeChanged, syncFromProfile),
  on(employeeLeft, syncFromProfile),
]);
