import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WORKFLOWS } from '../functions/workflows.ts';
import { localStateMachineArn } from './stepfunctions.ts';
import { AUDIENCE, ISSUER, REGION, TABLE_NAME } from './config.ts';

/**
 * The environment the stack gives the functions on AWS, with local values. Imported (for this side
 * effect) before any function module, because loggers and clients read it when they are created.
 * The emulator endpoints (AWS_ENDPOINT_URL_*) are added once the emulators have started; the SDK
 * reads them on the first call.
 */
process.env.AWS_REGION ??= REGION;
// Nothing the local runtime runs may reach AWS: an SDK client of a service whose emulator endpoint
// is not set (yet) gets this loopback address, where nothing listens, instead of the region's real
// endpoint. The service-specific AWS_ENDPOINT_URL_* variables take precedence.
process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
process.env.TABLE_NAME = TABLE_NAME;
process.env.SERVICE_NAME = 'sales-department';
process.env.SENDER_ADDRESS ??= 'sales-department@hd-machinery.example';
// The local inbox takes what it is sent at once; the pacing still runs, at a rate that keeps up.
process.env.EMAIL_RATE ??= '100';
process.env.TIME_ZONE ??= 'Asia/Shanghai';
process.env.LOG_LEVEL ??= 'ERROR';
process.env.DOCS_ASSETS_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
process.env.PDF_FONTS_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json')),
  '400Regular',
);
// chart.js exports no package.json; its main file sits in dist/ beside the UMD build.
process.env.REPORT_ASSETS_DIR = dirname(createRequire(import.meta.url).resolve('chart.js'));
process.env.SIGN_IN_LIBRARY = createRequire(import.meta.url).resolve('oauth4webapi');
// The approval decision verifies bearer tokens itself, like the JWT authorizer (JWKS_URL is set
// once the gateway listens).
process.env.JWT_ISSUER = ISSUER;
process.env.JWT_AUDIENCE = AUDIENCE;
for (const workflow of WORKFLOWS) {
  process.env[workflow.arnVariable] = localStateMachineArn(workflow.name);
}
process.env.EVENT_BUS_NAME ??= 'sales-department-local';
// The documents bucket in the local S3 store (path-style addressing, as it needs).
process.env.DOCUMENTS_BUCKET ??= 'sales-department-documents-local';
// The audit trail's seal copies: S3 Object Lock on AWS; the local store has no lock (docs/architecture.md).
process.env.AUDIT_SEALS_BUCKET ??= 'sales-department-audit-seals-local';
process.env.S3_FORCE_PATH_STYLE = 'true';
