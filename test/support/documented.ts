import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildOpenApiDocument } from '../../functions/platform/openapi-document.ts';
import { documentedOperations } from '../../functions/routes.ts';

/**
 * Every JSON answer a test receives is checked against the OpenAPI document built from the route
 * table: its status must be documented for the operation, and its body must match the documented
 * schema, which allows no field it does not name. So a field a response carries cannot be missing
 * from the document.
 */
const document = buildOpenApiDocument(documentedOperations()) as {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(document, 'openapi');

const pointer = (...parts: string[]) =>
  parts.map((part) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

export function assertDocumented(
  routeKey: string,
  status: number,
  contentType: string | undefined,
  body: unknown,
): void {
  const [method, path] = routeKey.split(' ') as [string, string];
  const operation = document.paths[path]?.[method.toLowerCase()];
  // Routes the document leaves out (the local runtime's own) are not checked, nor a server's own
  // failure (a test that injects a fault expects its bare 500).
  if (!operation || status >= 500) return;
  const response = operation.responses[String(status)];
  if (!response) throw new Error(`${routeKey} answered ${status}, which its documentation does not list`);
  const type = contentType?.split(';')[0]?.trim();
  if (!type || !/json/.test(type) || !response.content?.[type]) return;
  const validate = ajv.getSchema(
    `openapi#/${pointer('paths', path, method.toLowerCase(), 'responses', String(status), 'content', type, 'schema')}`,
  );
  if (!validate) throw new Error(`No schema for ${routeKey} ${status} ${type}`);
  if (!validate(body))
    throw new Error(
      `${routeKey} ${status} does not match its documentation: ${[
        ...new Set(
          (validate.errors ?? []).map(
            (error) =>
              `${error.instancePath || '/'} ${error.message}${error.params.additionalProperty ? ` (${String(error.params.additionalProperty)})` : ''}`,
          ),
        ),
      ].join('; ')}`,
    );
}
