// The static site: a private bucket served by CloudFront with origin access control; `/api/*`
// goes to the HTTP API so the browser sees one origin. Strict security headers on every answer.
import { type CfnElement, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { acknowledgeArnFinding } from '../nag';
import { CONTENT_SECURITY_POLICY } from '../../shared/http/content-security-policy';

export interface SiteStackProps extends StackProps {
  api: IHttpApi;
  accessLogsBucket: IBucket;
}

export class SiteStack extends Stack {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);

    const siteBucket = new Bucket(this, 'SiteBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'site/',
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      },
    });

    const apiDomain = `${props.api.apiId}.execute-api.${this.region}.${this.urlSuffix}`;
    this.distribution = new Distribution(this, 'Distribution', {
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(apiDomain),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
        },
      },
      errorResponses: [{ httpStatus: 404, responseHttpStatus: 200, responsePagePath: '/index.html' }],
      enableLogging: true,
      logBucket: props.accessLogsBucket,
      logFilePrefix: 'cloudfront/',
    });

    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'Insured persons abroad (e.g. migrant workers) must reach the complaint form; no geo restriction.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason: 'API Gateway throttles public routes per route; a WAF web ACL is an operator choice per account (docs/security.md).',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR4',
      reason: 'The default CloudFront certificate cannot pin a minimum TLS version; with a custom domain set TLSv1.2_2021 (docs/security.md).',
    });

    // The built site (npm run build:site, run by `npm run synth`) is uploaded when present.
    const dist = path.resolve(import.meta.dirname, '../../site/dist');
    if (existsSync(dist)) {
      new BucketDeployment(this, 'DeploySite', {
        sources: [Source.asset(dist)],
        destinationBucket: siteBucket,
        distribution: this.distribution,
      });
      const siteBucketId = this.getLogicalId(siteBucket.node.defaultChild as CfnElement);
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
      for (const [id, reason] of Object.entries(reasons)) acknowledgeArnFinding(this, id, reason);
    }
  }
}
