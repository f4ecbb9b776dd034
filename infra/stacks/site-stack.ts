// The edge: CloudFront (behind the WAF web ACL) serving the private site bucket with origin access
// control, and `/api/*` to the HTTP API, so the browser sees one origin. The HTTP API itself (its
// id, not its routes) is created here, so the distribution and the functions' SITE_URL need no
// cycle: this stack comes first, the stateful and stateless stacks read the site URL from it.
import { type CfnElement, CfnOutput, Duration, RemovalPolicy, SecretValue, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { acknowledgeArnFinding } from '../nag';
import { CONTENT_SECURITY_POLICY } from '../../shared/http/content-security-policy';

/** The header CloudFront adds to every request it forwards to the API; the functions check it. */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

export interface SiteDomain {
  /** e.g. `hospital.sso.go.th` */
  name: string;
  /** An ACM certificate in us-east-1 covering `name`. */
  certificateArn: string;
}

export interface SiteStackProps extends StackProps {
  /** The site's own name; without it the CloudFront name (`dxxxx.cloudfront.net`) is the site. */
  domain?: SiteDomain;
  /** ARN of the CLOUDFRONT-scope WAF web ACL (EdgeSecurityStack, us-east-1). */
  webAclArn: string;
}

export class SiteStack extends Stack {
  readonly distribution: Distribution;
  readonly api: HttpApi;
  /** `https://<site domain or CloudFront name>`: mail links and the uploads bucket's CORS origin. */
  readonly siteUrl: string;
  /** `{"current": …}` (and, while rotating, `"previous"`): the value of ORIGIN_VERIFY_HEADER. */
  readonly originVerifySecret: Secret;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);

    // Only the API's identity lives here; its stage, routes and functions are in the stateless stack.
    this.api = new HttpApi(this, 'HttpApi', { createDefaultStage: false });

    this.originVerifySecret = new Secret(this, 'OriginVerifySecret', {
      description: `Value CloudFront sends in ${ORIGIN_VERIFY_HEADER} to the API; requests without it did not come through CloudFront (and its WAF)`,
      generateSecretString: { secretStringTemplate: '{}', generateStringKey: 'current', passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(this.originVerifySecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'CloudFront reads the value at deploy time (a dynamic reference), so it is rotated with a deploy of this stack: docs/operations.md, "The WAF and the origin header".',
    });

    // CloudFront standard logs and the site bucket's server access logs; CloudFront logs need ACLs.
    const logs = new Bucket(this, 'EdgeLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      removalPolicy: RemovalPolicy.RETAIN,
      // kept 3 months, like the functions' CloudWatch logs (docs/security.md, retention)
      lifecycleRules: [{ id: 'logs-3-months', expiration: Duration.days(90) }],
    });
    Validations.of(logs).acknowledge({ id: 'AwsSolutions-S1', reason: 'This is the access-log bucket; logging it into itself would loop.' });

    const siteBucket = new Bucket(this, 'SiteBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'site/',
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // the log delivery service writes for this account's buckets only (confused-deputy guard)
    logs.addToResourcePolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [logs.arnForObjects('site/*')],
        conditions: { StringNotEquals: { 'aws:SourceAccount': this.account } },
      }),
    );

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      },
    });

    const apiDomain = `${this.api.apiId}.execute-api.${this.region}.${this.urlSuffix}`;
    this.distribution = new Distribution(this, 'Distribution', {
      defaultRootObject: 'index.html',
      ...(props.domain
        ? {
            domainNames: [props.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'SiteCertificate', props.domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      webAclId: props.webAclArn,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(apiDomain, {
            // read at deploy time from the secret (a CloudFormation dynamic reference), never in the template
            customHeaders: { [ORIGIN_VERIFY_HEADER]: SecretValue.secretsManager(this.originVerifySecret.secretArn, { jsonField: 'current' }).unsafeUnwrap() },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
        },
      },
      // No error rewrites: the site uses hash routes (#/staff), so every page is /index.html, and
      // an API 403/404 must reach the browser as it is (docs/decisions.md).
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
    });
    // Consumers read the CloudFront name through an export; keeping it exported even when a domain
    // is set means adding a domain later does not strand the stacks that used to import it.
    this.exportValue(this.distribution.distributionDomainName);
    this.siteUrl = props.domain ? `https://${props.domain.name}` : `https://${this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'Insured persons abroad (e.g. migrant workers) must reach the complaint form; no geo restriction.',
    });
    if (!props.domain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason: 'Without a site domain the default *.cloudfront.net certificate cannot pin a minimum TLS version; with -c siteDomain the distribution requires TLSv1.2_2021.',
      });
    }

    new CfnOutput(this, 'SiteUrl', { value: this.siteUrl });
    new CfnOutput(this, 'DistributionDomainName', { value: this.distribution.distributionDomainName });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'OriginVerifySecretArn', { value: this.originVerifySecret.secretArn });

    // The built site (npm run build:site, run by `npm run synth`) is uploaded when present.
    const dist = path.resolve(import.meta.dirname, '../../site/dist');
    if (existsSync(dist)) {
      const deployment = new BucketDeployment(this, 'DeploySite', {
        sources: [Source.asset(dist)],
        destinationBucket: siteBucket,
        distribution: this.distribution,
      });
      const siteBucketId = this.getLogicalId(siteBucket.node.defaultChild as CfnElement);
      const handler = deployment.handlerRole.node.scope!;
      const reasons: Record<string, string> = {
        'AwsSolutions-L1': "CDK's BucketDeployment handler runtime is chosen by aws-cdk-lib, not by us.",
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]': "CDK's BucketDeployment handler writes its own logs only.",
        'AwsSolutions-IAM5[Action::s3:Abort*]': 'BucketDeployment syncs the built site into the site bucket.',
        'AwsSolutions-IAM5[Action::s3:DeleteObject*]': 'BucketDeployment removes files of older site builds.',
        'AwsSolutions-IAM5[Action::s3:GetBucket*]': 'BucketDeployment reads the CDK assets bucket and the site bucket.',
        'AwsSolutions-IAM5[Action::s3:GetObject*]': 'BucketDeployment reads the CDK assets bucket and the site bucket.',
        'AwsSolutions-IAM5[Action::s3:List*]': 'BucketDeployment lists the site bucket to sync it.',
        'AwsSolutions-IAM5[Resource::*]': 'CloudFront invalidation (cloudfront:CreateInvalidation) only accepts Resource "*".',
        [`AwsSolutions-IAM5[Resource::<${siteBucketId}.Arn>/*]`]: 'The objects of the site bucket.',
        [`AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${this.region}/*]`]: 'The CDK bootstrap assets bucket holding the built site.',
      };
      for (const [findingId, reason] of Object.entries(reasons)) acknowledgeArnFinding(handler, findingId, reason);
    }
  }
}
