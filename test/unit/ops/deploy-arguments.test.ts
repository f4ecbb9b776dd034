import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDeployArguments } from '../../../ops/deploy';

describe('npm run deploy arguments', () => {
  it('passes cdk options through and takes the office mailbox file out (either spelling)', () => {
    expect(splitDeployArguments(['-c', 'siteUrl=https://x.example', '--office-mailboxes', 'mb.json', '--require-approval', 'never'])).toEqual({
      officeMailboxes: path.resolve('mb.json'),
      cdkArgs: ['-c', 'siteUrl=https://x.example', '--require-approval', 'never'],
    });
    expect(splitDeployArguments(['-c', 'officeMailboxes=conf/mb.json', '-c', 'mailFrom=no-reply@sso.example'])).toEqual({
      officeMailboxes: path.resolve('conf/mb.json'),
      cdkArgs: ['-c', 'mailFrom=no-reply@sso.example'],
    });
    expect(splitDeployArguments(['--office-mailboxes=/etc/mb.json'])).toEqual({ officeMailboxes: '/etc/mb.json', cdkArgs: [] });
  });

  it('deploys without office mailboxes when none is given', () => {
    expect(splitDeployArguments(['--all'])).toEqual({ cdkArgs: ['--all'] });
  });
});
