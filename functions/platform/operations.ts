import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { defineOperation, type Operation } from '#shared/http.ts';
import { notFound } from '#shared/problem.ts';
import { type SignInConfig, signInConfig, signInConfigBlock } from '#shared/sign-in.ts';
import asyncApiDocument from '../../docs/asyncapi.json' with { type: 'json' };
import openApiDocument from '../../docs/openapi.json' with { type: 'json' };

/** Swagger UI's files, served from the npm package's assets (copied beside the bundle on AWS). */
const DOCS_ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const;
type DocsAsset = keyof typeof DOCS_ASSETS;
const assetCache = new Map<DocsAsset, string>();

/**
 * The API reference: Swagger UI over the OpenAPI document. **Sign in** runs the report page's
 * sign-in (the authorization-code flow with PKCE, its module served with the report page) and
 * hands the ID token to Swagger UI's "Try it out"; the token stays in the page's memory.
 */
const docsPage = (signIn: SignInConfig | undefined) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sales-department API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<style>#sign-in-bar{font-family:system-ui,sans-serif;display:flex;gap:1rem;align-items:center;justify-content:flex-end;padding:.5rem 1rem}</style>
</head>
<body>
<div id="sign-in-bar"><span id="who"></span><button type="button" id="sign-in-button">Sign in to try it out</button></div>
<div id="api"></div>
${signInConfigBlock(signIn)}
<script src="/docs/swagger-ui-bundle.js"></script>
<script type="module">
import { completeSignIn, idToken, signIn, signedInAs } from '/reports/assets/sign-in.js';
// Swagger UI takes an authorization only once the document's security schemes are loaded.
let documentLoaded;
const loaded = new Promise((resolve) => (documentLoaded = resolve));
const ui = (window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#api',
  deepLinking: true,
  onComplete: () => documentLoaded(),
}));
document.getElementById('sign-in-button').addEventListener('click', () => signIn());
try {
  if (await completeSignIn()) {
    const token = await idToken();
    await loaded;
    ui.preauthorizeApiKey('bearerAuth', token);
    document.getElementById('who').textContent = 'Signed in as ' + signedInAs();
    document.getElementById('sign-in-button').hidden = true;
  }
} catch (error) {
  document.getElementById('who').textContent = 'The sign-in did not complete: ' + error.message;
}
</script>
</body>
</html>`;

const health = defineOperation({
  operationId: 'getHealth',
  method: 'GET',
  path: '/health',
  auth: 'public',
  async handle() {
    return { status: 200, body: { status: 'ok' } };
  },
});

const openApi = defineOperation({
  operationId: 'getOpenApiDocument',
  method: 'GET',
  path: '/openapi.json',
  auth: 'public',
  async handle() {
    return { status: 200, body: openApiDocument, headers: { 'cache-control': 'public, max-age=300' } };
  },
});

const asyncApi = defineOperation({
  operationId: 'getAsyncApiDocument',
  method: 'GET',
  path: '/asyncapi.json',
  auth: 'public',
  async handle() {
    return { status: 200, body: asyncApiDocument, headers: { 'cache-control': 'public, max-age=300' } };
  },
});

const apiReference = defineOperation({
  operationId: 'getApiReference',
  method: 'GET',
  path: '/docs',
  auth: 'public',
  async handle() {
    return {
      status: 200,
      body: docsPage(signInConfig()),
      contentType: 'text/html; charset=utf-8',
      headers: { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
    };
  },
});

const docsAsset = defineOperation({
  operationId: 'getApiReferenceAsset',
  method: 'GET',
  path: '/docs/{asset}',
  auth: 'public',
  params: z.strictObject({ asset: z.string() }),
  async handle({ params }) {
    const asset = params.asset as DocsAsset;
    const contentType = DOCS_ASSETS[asset];
    if (!Object.hasOwn(DOCS_ASSETS, asset) || !contentType) throw notFound(`No file ${params.asset}.`);
    let body = assetCache.get(asset);
    if (body === undefined) {
      const directory = process.env.DOCS_ASSETS_DIR;
      if (!directory) throw new Error('DOCS_ASSETS_DIR is not set');
      body = await readFile(join(directory, asset), 'utf8');
      assetCache.set(asset, body);
    }
    return { status: 200, body, contentType, headers: { 'cache-control': 'public, max-age=86400' } };
  },
});

export const platformOperations: readonly Operation[] = [health, openApi, asyncApi, apiReference, docsAsset];
