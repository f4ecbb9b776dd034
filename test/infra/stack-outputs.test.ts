// The outputs the operator commands read (ops/connect-target.ts), in the synthesized stacks. No
// bundling here (like the local stack): the outputs do not depend on the functions' code.
import { App } from 'aws-cdk-lib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build-app';
import { STATEFUL_OUTPUTS, STATELESS_OUTPUTS } from '../../infra/stack-outputs';

type Outputs = Record<string, { Value: unknown; Export?: unknown }>;
let stateful: Outputs;
let stateless: Outputs;

beforeAll(() => {
  const app = new App({
    outdir: mkdtempSync(path.join(tmpdir(), 'sso-outputs-')),
    context: { 'aws:cdk:bundling-stacks': [], mailboxes: '{"infoCenter":"info-center@sso.go.th","admin":"it-admin@sso.go.th"}' },
  });
  const built = buildApp(app, { nag: false });
  const assembly = app.synth();
  stateful = assembly.getStackByName(built.stateful.stackName).template.Outputs as Outputs;
  stateless = assembly.getStackByName(built.stateless.stackName).template.Outputs as Outputs;
});

describe('outputs for the operator commands', () => {
  it('name the table and the uploads bucket in the stateful stack, not exported', () => {
    for (const key of Object.keys(STATEFUL_OUTPUTS)) {
      expect(stateful, key).toHaveProperty(key);
      expect(stateful[key]!.Export, key).toBeUndefined();
    }
  });

  it('name the mail settings, the site and the state machine in the stateless stack, not exported', () => {
    for (const key of ['MailFrom', 'SiteUrl', 'SesConfigurationSet', 'ComplaintSlaStateMachineArn', 'InfoCenterMailbox', 'AdminMailbox']) {
      expect(Object.keys(STATELESS_OUTPUTS)).toContain(key);
      expect(stateless, key).toHaveProperty(key);
      expect(stateless[key]!.Export, key).toBeUndefined();
    }
    expect(stateless.AdminMailbox!.Value).toBe('it-admin@sso.go.th');
  });

  it('leave out a staff mailbox the deployer did not give (the functions keep their default)', () => {
    expect(stateless).not.toHaveProperty('LegalMailbox');
  });
});
