import { type CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectLockRetention,
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
  /**
   * The audit trail's seal copies (`audit-chain/<day>.json`), under S3 Object Lock: each object
   * version is kept ten years. In a `prod*` stage the lock is in compliance mode, which nobody
   * (the account's root included) can lift; elsewhere in governance mode, which a principal
   * allowed `s3:BypassGovernanceRetention` can, so that a test stack can be taken down.
   */
  readonly auditSeals: Bucket;

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
    const retention = Duration.days(3653);
    this.auditSeals = new Bucket(this, 'AuditSeals', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: /^prod/.test(props.stage)
        ? ObjectLockRetention.compliance(retention)
        : ObjectLockRetention.governance(retention),
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'audit-seals/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Keeps (put once, read back) or only reads the audit trail's seal copies. */
  grantAuditSeals(grantee: IGrantable, keeps: boolean): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: keeps ? ['s3:PutObject', 's3:GetObject'] : ['s3:GetObject'],
        resources: [this.auditSeals.arnForObjects('audit-chain/*')],
      }),
    );
    const bucketId = Stack.of(this).resolve(
      (this.auditSeals.node.defaultChild as CfnElement).logicalId,
    ) as string;
    if (grantee.grantPrincipal instanceof Construct)
      Validations.of(grantee.grantPrincipal).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/audit-chain/*]`,
        reason: 'One seal copy per day, each under its own key.',
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
