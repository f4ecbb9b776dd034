// cdk-nag acknowledgements that name an ARN: the finding shows the partition as a token or as a
// literal depending on the app's feature flags, so each is acknowledged in both spellings.
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export function acknowledgeArnFinding(scope: IConstruct, findingWithPartitionToken: string, reason: string): void {
  const ids = new Set([findingWithPartitionToken, findingWithPartitionToken.replaceAll('<AWS::Partition>', 'aws')]);
  for (const id of ids) Validations.of(scope).acknowledge({ id, reason });
}
