import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { defineOperation, type Operation } from '#shared/http.ts';
import { notFound } from '#shared/problem.ts';
import { REPORT_PAGE_SCRIPT } from './page-script.ts';
import { SIGN_IN_SCRIPT } from './sign-in-script.ts';
import { type SignInConfig, signInConfig, signInConfigBlock } from '#shared/sign-in.ts';

/**
 * The managers' report page (R-7.1): a static page, public like the API reference, that holds no
 * figures itself. It signs the reader in (Cognito's managed login on AWS, the local provider here:
 * `sign-in-script.ts`) and asks the JSON report endpoints with the reader's own ID token, kept in
 * memory only, and draws them with Chart.js, served from its npm package. `GET /reports` answers
 * the page to a browser (`Accept: text/html`) and the list of reports to anything else.
 */
const pageHeaders = (signIn: SignInConfig | undefined) => ({
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // The sign-in exchanges its code at the provider's token endpoint: the one other origin it reaches.
  'content-security-policy': `default-src 'none'; script-src 'self'; connect-src 'self'${signIn ? ` ${new URL(signIn.tokenEndpoint).origin}` : ''}; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'`,
});

const page = (signIn: SignInConfig | undefined) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sales reports</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#222}
header{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
main{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(30rem,100%),1fr));gap:1.5rem}
section{border:1px solid #ddd;border-radius:.5rem;padding:1rem;min-width:0}
.figures{overflow-x:auto}
.empty{color:#666;font-style:italic}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin-top:.5rem}
th,td{text-align:right;padding:.2rem .4rem;border-bottom:1px solid #eee}th:first-child,td:first-child{text-align:left}
textarea{width:100%;min-height:5rem}
</style>
</head>
<body>
<header>
<h1>Sales reports</h1>
<label>Period <input id="period" size="8" aria-describedby="period-help"></label>
<small id="period-help">2026, 2026-Q3 or 2026-07</small>
<button type="button" data-csv="/reports/sales?by=rep&amp;format=csv&amp;period={period}" data-name="sales-by-rep-{period}.csv">Sales by rep (CSV)</button>
<button type="button" data-csv="/reports/customers?format=csv&amp;period={period}" data-name="customers-{period}.csv">Customers (CSV)</button>
<span id="signed-in" hidden><span id="who"></span> <button type="button" id="sign-out">Sign out</button></span>
</header>
<div id="sign-in" hidden>
<p>Sign in to see the reports.</p>
<p id="sign-in-message" role="status"></p>
<button type="button" id="sign-in-button">Sign in</button>
</div>
<main id="reports" hidden>
<section id="revenue"><h2>Revenue by month against target</h2><canvas aria-label="Revenue by month against target"></canvas><div class="figures"></div></section>
<section id="pipeline"><h2>Pipeline by stage</h2><canvas aria-label="Open opportunities by stage"></canvas><div class="figures"></div></section>
<section id="classes"><h2>Customer class mix</h2><canvas aria-label="Customers by class"></canvas><div class="figures"></div></section>
<section id="expenses"><h2>Expenses against budget</h2><canvas aria-label="Expenses against budget by category"></canvas><div class="figures"></div></section>
</main>
${signInConfigBlock(signIn)}
<script src="/reports/assets/chart.umd.min.js"></script>
<script type="module" src="/reports/assets/report-page.js"></script>
</body>
</html>`;

/** What the page loads besides itself: Chart.js from its package, and the page's own script. */
const ASSETS: Record<string, { contentType: string; read: () => Promise<string> }> = {
  'chart.umd.min.js': {
    contentType: 'text/javascript; charset=utf-8',
    read: () => {
      const directory = process.env.REPORT_ASSETS_DIR;
      if (!directory) throw new Error('REPORT_ASSETS_DIR is not set');
      return readFile(join(directory, 'chart.umd.min.js'), 'utf8');
    },
  },
  'report-page.js': { contentType: 'text/javascript; charset=utf-8', read: async () => REPORT_PAGE_SCRIPT },
  'sign-in.js': { contentType: 'text/javascript; charset=utf-8', read: async () => SIGN_IN_SCRIPT },
  // The OAuth client library, from its package (its ES module build).
  'oauth4webapi.js': {
    contentType: 'text/javascript; charset=utf-8',
    read: () => {
      const file = process.env.SIGN_IN_LIBRARY;
      if (!file) throw new Error('SIGN_IN_LIBRARY is not set');
      return readFile(file, 'utf8');
    },
  },
};
const assetCache = new Map<string, string>();

/** The reports a client can ask for, with their formats (what `GET /reports` answers as JSON). */
export const REPORT_INDEX = [
  { name: 'sales', href: '/reports/sales', formats: ['json', 'csv'] },
  { name: 'customers', href: '/reports/customers', formats: ['json', 'csv'] },
  { name: 'pipeline', href: '/reports/pipeline', formats: ['json', 'csv'] },
  { name: 'expenses', href: '/expenses/report', formats: ['json', 'csv'] },
  { name: 'receivables', href: '/receivables/aging', formats: ['json'] },
];

const reportPage = defineOperation({
  operationId: 'getReportPage',
  method: 'GET',
  path: '/reports',
  auth: 'public',
  async handle({ headers }) {
    if (/text\/html/i.test(headers.accept ?? ''))
      return {
        status: 200,
        body: page(signInConfig()),
        contentType: 'text/html; charset=utf-8',
        headers: { ...pageHeaders(signInConfig()), vary: 'accept' },
      };
    return { status: 200, body: { reports: REPORT_INDEX }, headers: { vary: 'accept' } };
  },
});

const asset = defineOperation({
  operationId: 'getReportPageAsset',
  method: 'GET',
  path: '/reports/assets/{asset}',
  auth: 'public',
  params: z.strictObject({ asset: z.string() }),
  async handle({ params }) {
    const spec = Object.hasOwn(ASSETS, params.asset) ? ASSETS[params.asset] : undefined;
    if (!spec) throw notFound(`No file ${params.asset}.`);
    let body = assetCache.get(params.asset);
    if (body === undefined) {
      body = await spec.read();
      assetCache.set(params.asset, body);
    }
    return {
      status: 200,
      body,
      contentType: spec.contentType,
      headers: { 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' },
    };
  },
});

export const pageOperations: readonly Operation[] = [reportPage, asset];
