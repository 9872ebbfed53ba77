import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { CURRENTLY_RECOMMENDED_FLAGS } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { SalesDepartmentStack } from '../../lib/sales-department-stack.ts';
import { readSettings } from '../../lib/settings.ts';

/**
 * Every `cdk deploy` the documentation shows synthesizes as `cdk deploy` would run it: the context
 * of cdk.json under the command's `-c` values, a named account and region, and cdk-nag with no
 * unacknowledged finding. docs/operations.md tells an account still in the SES sandbox to add
 * `-c sesSandbox=true`, so each command is tried with it too.
 */
const ROOT = join(import.meta.dirname, '../..');
const DOCUMENTS = ['README.md', 'docs/operations.md'];

function documentedDeploys(): { where: string; context: Record<string, string> }[] {
  return DOCUMENTS.flatMap((path) => {
    const text = readFileSync(join(ROOT, path), 'utf8').replace(/\\\n\s*/g, ' ');
    return [...text.matchAll(/^npx cdk deploy(.*)$/gm)].map((match) => ({
      where: `${path}: npx cdk deploy${match[1]!.replace(/#.*/, '')}`,
      context: Object.fromEntries(
        [...match[1]!.replace(/#.*/, '').matchAll(/-c\s+([\w-]+)=(\S+)/g)].map((pair) => [
          pair[1]!,
          pair[2]!,
        ]),
      ),
    }));
  });
}

const cdkContext = (JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')) as { context: object }).context;

function synthesize(context: Record<string, string>) {
  // Bundling is skipped: the template and its findings do not depend on the code.
  const app = new App({ context: { ...cdkContext, ...context, 'aws:cdk:bundling-stacks': [] } });
  const settings = readSettings(app.node);
  const stack = new SalesDepartmentStack(app, `SalesDepartment-${settings.stage}`, {
    settings,
    env: { account: '123456789012', region: 'ap-east-1' },
  });
  return new AwsSolutionsChecks()
    .validateScope(stack)
    .violations.map((violation) => `${violation.ruleName}: ${violation.violatingResources.length} resources`);
}

describe('the documented deploy commands', () => {
  const deploys = documentedDeploys();

  it('are found in the documents', () => {
    expect(deploys.length).toBeGreaterThanOrEqual(2);
    for (const deploy of deploys) expect(deploy.context.stage, deploy.where).toBeDefined();
  });

  it.each(
    deploys.flatMap((deploy) => [
      [deploy.where, deploy.context] as const,
      [`${deploy.where} -c sesSandbox=true`, { ...deploy.context, sesSandbox: 'true' }] as const,
    ]),
  )('%s synthesizes in a named region with no unacknowledged finding', (_where, context) => {
    expect(synthesize(context)).toEqual([]);
  });

  it('run with every feature flag aws-cdk-lib recommends set as it recommends (cdk.json)', () => {
    for (const [flag, recommended] of Object.entries(CURRENTLY_RECOMMENDED_FLAGS))
      expect((cdkContext as Record<string, unknown>)[flag], flag).toEqual(recommended);
  });

  it('refuses a production stage without anyone to receive its alarms, or open to every origin', () => {
    const prod = { stage: 'prod', corsOrigins: 'https://crm.example', alarmEmail: 'ops@example.com' };
    expect(() => synthesize({ ...prod, alarmEmail: '' })).toThrow(/alarmEmail/);
    expect(() => synthesize({ ...prod, corsOrigins: '*' })).toThrow(/corsOrigins/);
  });
});
