// The web ACL in front of CloudFront. A CLOUDFRONT-scope web ACL can only live in us-east-1, so
// it is a small stack of its own there; the site stack reads its ARN through a cross-region reference.
import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { RouteDef } from '../../shared/http/route';

/** Requests per client IP within 5 minutes to the public POST routes before WAF blocks that IP. */
export const PUBLIC_POST_RATE_LIMIT = 300;

/** `^(/api/auth/login|/api/credential-requests/[^/]+/upload|…)$`: the public POST routes' paths. */
export function publicPostPathPattern(routes: readonly Pick<RouteDef, 'method' | 'path' | 'throttle'>[]): string {
  const paths = routes
    .filter((r) => r.throttle === 'public' && r.method === 'POST')
    .map((r) => r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+'));
  return `^(${[...new Set(paths)].join('|')})$`;
}

export interface EdgeSecurityStackProps extends StackProps {
  routes: readonly Pick<RouteDef, 'method' | 'path' | 'throttle'>[];
}

export class EdgeSecurityStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeSecurityStackProps) {
    super(scope, id, props);
    const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('sso-web-acl'),
      rules: [
        {
          // sign-in, activation, password reset, credential requests and complaints: the routes a
          // script would hammer; API Gateway throttles them too, but per route, not per client
          name: 'public-post-rate',
          priority: 0,
          action: { block: {} },
          visibilityConfig: visibility('sso-public-post-rate'),
          statement: {
            rateBasedStatement: {
              limit: PUBLIC_POST_RATE_LIMIT,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    { byteMatchStatement: { fieldToMatch: { method: {} }, positionalConstraint: 'EXACTLY', searchString: 'POST', textTransformations: [{ priority: 0, type: 'NONE' }] } },
                    { regexMatchStatement: { fieldToMatch: { uriPath: {} }, regexString: publicPostPathPattern(props.routes), textTransformations: [{ priority: 0, type: 'NONE' }] } },
                  ],
                },
              },
            },
          },
        },
        {
          name: 'aws-common-rule-set',
          priority: 1,
          overrideAction: { none: {} },
          visibilityConfig: visibility('sso-aws-common'),
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // the PDF uploads go straight to S3, but hospital CSV imports through the API can be
              // larger than the 8 KB body inspection limit: count, do not block, oversized bodies
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
        },
      ],
    });
  }
}
