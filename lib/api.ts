import { Duration, NestedStack, Validations } from 'aws-cdk-lib';
import type { CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpRoute,
  HttpRouteKey,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_CORS, type DomainFunction } from '../functions/routes.ts';
import type { Operation } from '../functions/shared/http.ts';

export interface ApiProps {
  stage: string;
  issuerUrl: string;
  /** The JWT audience (the app client's id), given the API's address. */
  audience: (apiUrl: string) => string;
  corsOrigins: string[];
  logRetentionDays: number;
  rateLimit: number;
  functions: { definition: DomainFunction; fn: IFunction }[];
}

/** Requests per second a public route (health, documents, emailed-link pages) takes. */
export const PUBLIC_ROUTE_RATE = 10;
/** Requests per second a report takes (each reads a period's figures). */
export const REPORT_ROUTE_RATE = 5;

/** The reports a manager reads (each reads a period's figures): the sales, customer, pipeline and expense reports. */
const isReport = (operation: Operation) =>
  operation.method === 'GET' &&
  (operation.path.startsWith('/reports/') || operation.path === '/expenses/report');

const routeLimit = (operation: Operation): number | undefined =>
  operation.auth === 'public' ? PUBLIC_ROUTE_RATE : isReport(operation) ? REPORT_ROUTE_RATE : undefined;

/**
 * The HTTP API: one route per operation in the route table, JWT-authorized unless public. The
 * routes (one resource each, the most numerous kind) live in a nested stack, so that the main
 * stack stays well under CloudFormation's 500 resources as domains are added.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly routes: NestedStack;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `sales-department-${props.stage}`,
      corsPreflight: {
        allowOrigins: props.corsOrigins,
        allowHeaders: API_CORS.allowHeaders,
        allowMethods: API_CORS.allowMethods.map((method) => CorsHttpMethod[method]),
        exposeHeaders: API_CORS.exposeHeaders,
        maxAge: Duration.seconds(API_CORS.maxAgeSeconds),
      },
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.logRetentionDays });
    const stage = this.httpApi.defaultStage!.node.defaultChild as CfnStage;
    // Request metadata only: no headers, so no tokens, reach the access log.
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        requestTime: '$context.requestTime',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latency: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
        authorizerError: '$context.authorizer.error',
        caller: '$context.authorizer.claims.sub',
      }),
    };
    stage.defaultRouteSettings = {
      throttlingRateLimit: props.rateLimit,
      throttlingBurstLimit: props.rateLimit * 2,
    };
    // Routes anyone can call, and the heavy reports, each get a limit of their own well under the
    // stage's: hammering one of them leaves the rest of the API to the department. (A JSON map:
    // CloudFormation's own key names, which CDK does not convert here.)
    stage.routeSettings = Object.fromEntries(
      props.functions.flatMap(({ definition }) =>
        definition.operations.flatMap((operation) => {
          const limit = routeLimit(operation);
          return limit
            ? [
                [
                  `${operation.method} ${operation.path}`,
                  { ThrottlingRateLimit: limit, ThrottlingBurstLimit: limit * 2 },
                ],
              ]
            : [];
        }),
      ),
    );

    this.routes = new NestedStack(this, 'Routes', {
      description: 'The routes of the sales department HTTP API, one per operation of the route table.',
    });
    const jwt = new HttpJwtAuthorizer('Employees', props.issuerUrl, {
      jwtAudience: [props.audience(this.httpApi.apiEndpoint)],
    });
    const none = new HttpNoneAuthorizer();
    for (const { definition, fn } of props.functions) {
      // One invoke permission per function for the whole API, not one per route: a stack holds at
      // most 500 resources, and the function serves only this API's routes anyway.
      const integration = new HttpLambdaIntegration(`${definition.name}Integration`, fn, {
        scopePermissionToRoute: false,
      });
      for (const operation of definition.operations) {
        const authorizer: IHttpRouteAuthorizer = operation.auth === 'jwt' ? jwt : none;
        const route = new HttpRoute(this.routes, `${operation.method}${operation.path}`, {
          httpApi: this.httpApi,
          routeKey: HttpRouteKey.with(operation.path, HttpMethod[operation.method]),
          integration,
          authorizer,
        });
        if (operation.auth === 'public')
          Validations.of(route).acknowledge({
            id: 'AwsSolutions-APIG4',
            reason: `${operation.method} ${operation.path} is public by design (health, API documentation, emailed links authorized in the function).`,
          });
      }
    }
  }
}
