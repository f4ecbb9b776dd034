import { describe, expect, it } from 'vitest';
import { mailboxDecision, OfficeMailboxesError, parseOfficeMailboxes } from '../../../shared/reference-data/office-mailboxes';
import { SHIPPED_OFFICES } from '../../../shared/reference-data';
import example from '../../../config/office-mailboxes.example.json';
import demo from '../../../local/demo/office-mailboxes.json';

const codes = SHIPPED_OFFICES.map((o) => o.officeCode);

function problemsOf(json: unknown, known: string[] | 'any' = codes): string[] {
  try {
    parseOfficeMailboxes(json, known, 'mailboxes.json');
  } catch (error) {
    if (error instanceof OfficeMailboxesError) return error.problems;
    throw error;
  }
  return [];
}

describe('office mailbox files', () => {
  it('map office codes to addresses', () => {
    expect(parseOfficeMailboxes({ 'BKK-01': 'bkk01@sso.example', 'PRV-50': ' cm@sso.example ' }, codes)).toEqual(
      new Map([
        ['BKK-01', 'bkk01@sso.example'],
        ['PRV-50', 'cm@sso.example'],
      ]),
    );
  });

  it('name every unknown office code and every malformed address at once', () => {
    const problems = problemsOf({ 'BKK-13': 'a@sso.example', 'PRV-10': 'b@sso.example', 'BKK-01': 'not-an-address', 'PRV-50': 42 });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/"BKK-13" is not an office code/);
    expect(problems.join('\n')).toMatch(/"PRV-10" is not an office code/);
    expect(problems.join('\n')).toMatch(/"BKK-01": "not-an-address" is not an e-mail address/);
  });

  it('must be a JSON object', () => {
    expect(problemsOf(['BKK-01'])).toHaveLength(1);
    expect(problemsOf('x')).toHaveLength(1);
  });

  it('may be checked before the offices can be read (addresses only)', () => {
    expect(problemsOf({ 'PRV-BRANCH-1': 'x@sso.example' }, 'any')).toEqual([]);
    expect(problemsOf({ 'PRV-50': 'x@' }, 'any')).toHaveLength(1);
  });

  it('the example and the demo files are valid', () => {
    expect(parseOfficeMailboxes(example, codes).size).toBeGreaterThan(0);
    expect(parseOfficeMailboxes(demo, codes).get('BKK-01')).toBe('bkk-01@sso.example');
  });
});

describe('whether a configured mailbox is written', () => {
  it('sets it on an office with no mailbox', () => {
    expect(mailboxDecision({}, 'new@sso.example')).toBe('set');
  });
  it('replaces an address from an earlier load', () => {
    expect(mailboxDecision({ email: 'old@sso.example', emailSource: 'deploy' }, 'new@sso.example')).toBe('set');
    expect(mailboxDecision({ email: 'new@sso.example', emailSource: 'deploy' }, 'new@sso.example')).toBe('unchanged');
  });
  it('never replaces an address an admin set, or one of unknown origin', () => {
    expect(mailboxDecision({ email: 'admin-set@sso.example', emailSource: 'admin' }, 'new@sso.example')).toBe('kept');
    expect(mailboxDecision({ email: 'legacy@sso.example' }, 'new@sso.example')).toBe('kept');
  });
});

describe('reading an office mailbox file', () => {
  it('names the file and says what is wrong with it', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { readOfficeMailboxesFile } = await import('../../../shared/reference-data/office-mailboxes-file');
    const dir = mkdtempSync(path.join(tmpdir(), 'mailboxes-'));
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"PRV-94": ');
    expect(() => readOfficeMailboxesFile(broken, codes)).toThrow(/broken\.json: 1 problem[\s\S]*not valid JSON/);
    expect(() => readOfficeMailboxesFile(path.join(dir, 'absent.json'), codes)).toThrow(/absent\.json[\s\S]*cannot be read/);
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ 'PRV-94': 'pattani@sso.example' }));
    expect(readOfficeMailboxesFile(good, codes)).toEqual(new Map([['PRV-94', 'pattani@sso.example']]));
  });
});
