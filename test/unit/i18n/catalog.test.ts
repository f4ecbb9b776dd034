// Every code the API can answer with has a Thai and an English message, whichever handler answers:
// the catalog is complete on its own (a function bundles only its own area's schemas).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage, t } from '../../../shared/i18n/messages';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const sources = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(ROOT, rel)).isDirectory() ? sources(rel) : rel.endsWith('.ts') ? [rel] : [];
  });

const CODE = "'([A-Z][A-Z0-9_]{2,})'";
const PATTERNS = [
  // errors thrown by handlers and use cases
  new RegExp(`new (?:RuleError|BadInputError|ConflictError|ForbiddenError|NotFoundError|UnauthenticatedError|ValidationError|AppError)\\(\\s*${CODE}`, 'g'),
  // field errors built by hand or by domain rules
  new RegExp(`code: ${CODE}`, 'g'),
  // zod refinements carry their code as the message
  new RegExp(`\\.(?:refine|regex|min|max|length|superRefine)\\([^;]*?,\\s*${CODE}\\s*\\)`, 'g'),
  new RegExp(`message: ${CODE}`, 'g'),
];

function codesIn(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return PATTERNS.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!));
}

const used = new Map<string, string>();
for (const file of [...sources('functions'), ...sources('shared')].filter((f) => !f.startsWith('shared/i18n/'))) {
  for (const code of codesIn(file)) if (!used.has(code)) used.set(code, file);
}

describe('the message catalog', () => {
  it('finds the codes the code base uses (the scan itself works)', () => {
    expect(used.size).toBeGreaterThan(60);
    expect(used.get('NATIONAL_ID_CHECKSUM')).toBe('shared/schemas/credentials.ts');
    expect(used.has('DEADLINE_PASSED')).toBe(true);
  });

  it('has Thai and English text for every code, with only the catalog imported', () => {
    const missing = [...used].filter(([code]) => !hasMessage(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('writes Thai in Thai script and English without it', () => {
    for (const code of used.keys()) {
      if (!hasMessage(code)) continue;
      expect(t(code, 'th'), code).toMatch(/[\u0E00-\u0E7F]/);
      expect(t(code, 'en'), code).not.toMatch(/[\u0E00-\u0E7F]/);
    }
  });
});
