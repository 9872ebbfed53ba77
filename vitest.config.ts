import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure rules, handlers over aws-sdk-client-mock, CDK assertions),
 * `integration` (handlers against DynamoDB Local, started once) and `e2e` (the local runtime
 * started as `npm start` does, driven over HTTP).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/functions/**/*.test.ts', 'test/infra/**/*.test.ts'],
          testTimeout: 30_000,
          // Building the CDK stack once for its tests takes seconds, more on a busy machine.
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/dynamodb-global-setup.ts'],
          setupFiles: ['test/support/dynamodb-env.ts'],
          // Workflows wait on people and timers; on a busy 2-core machine they need the room.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Room for a busy machine (another test run beside this one): nothing waits on a clock.
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
