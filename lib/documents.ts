import { type CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/**
 * The private documents bucket (claims' receipts, later the archive): no public access, encrypted,
 * versioned, TLS only, its access logged to a second bucket. Browsers upload and download through
 * presigned URLs only, from the allowed origins.
 */
export class Documents extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: { stage: string; corsOrigins: string[] }) {
    super(scope, id);
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket holds the documents bucket’s access logs; logging it too would recurse.',
    });
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'documents/',
      cors: [
        {
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
          allowedOrigins: props.corsOrigins,
          allowedHeaders: ['content-type'],
          maxAge: 3000,
        },
      ],
      // Receipts are part of the financial record: they outlive a stack that is torn down.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * Put and get under one prefix, nothing else (no list, no delete): presigned URLs carry the
   * rights of the function that signs them.
   */
  /** Reads (and checks the presence of) the objects under a prefix; HeadObject needs s3:GetObject. */
  grantRead(grantee: IGrantable, prefix: string): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${prefix}/*`)],
      }),
    );
    this.acknowledgeObjects(grantee, prefix, `Checks uploads under ${prefix}/ named in its requests.`);
  }

  grantObjects(grantee: IGrantable, prefix: string): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: [this.bucket.arnForObjects(`${prefix}/*`)],
      }),
    );
    this.acknowledgeObjects(
      grantee,
      prefix,
      `Presigns uploads and downloads of the objects under ${prefix}/ (their keys are made per record).`,
    );
  }

  /** The grant names every object under the prefix, since each key is made per record. */
  private acknowledgeObjects(grantee: IGrantable, prefix: string, reason: string): void {
    const bucketId = Stack.of(this).resolve(
      (this.bucket.node.defaultChild as CfnElement).logicalId,
    ) as string;
    if (grantee.grantPrincipal instanceof Construct)
      Validations.of(grantee.grantPrincipal).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}/*]`,
        reason,
      });
  }
}
