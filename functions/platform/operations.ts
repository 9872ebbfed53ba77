import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { defineOperation, type Operation } from '#shared/http.ts';
import { notFound } from '#shared/problem.ts';
import asyncApiDocument from '../../docs/asyncapi.json' with { type: 'json' };
import openApiDocument from '../../docs/openapi.json' with { type: 'json' };

/** Swagger UI's files, served from the npm package's assets (copied beside the bundle on AWS). */
const DOCS_ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const;
type DocsAsset = keyof typeof DOCS_ASSETS;
const assetCache = new Map<DocsAsset, string>();

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sales-department API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="api"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>SwaggerUIBundle({ url: '/openapi.json', dom_id: '#api', deepLinking: true });</script>
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

const docsPage = defineOperation({
  operationId: 'getApiReference',
  method: 'GET',
  path: '/docs',
  auth: 'public',
  async handle() {
    return { status: 200, body: DOCS_PAGE, contentType: 'text/html; charset=utf-8' };
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

export const platformOperations: readonly Operation[] = [health, openApi, asyncApi, docsPage, docsAsset];
