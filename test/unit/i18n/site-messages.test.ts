// The site bundles only the message areas a module asks for (useMessages): every code a site module
// says itself (message('CODE')) must be in the common messages or in an area that module asks for.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../shared/i18n/catalog';
import { accountMessages } from '../../../shared/i18n/messages-accounts';
import { commonMessages } from '../../../shared/i18n/messages-common';
import { complaintMessages } from '../../../shared/i18n/messages-complaints';
import { credentialMessages } from '../../../shared/i18n/messages-credentials';
import { referenceAdminMessages } from '../../../shared/i18n/messages-reference-admin';

const AREAS: Record<string, Catalog> = { accountMessages, complaintMessages, credentialMessages, referenceAdminMessages };
const SITE = path.resolve(import.meta.dirname, '../../../site/src');
const modules = [...readdirSync(SITE).map((f) => path.join(SITE, f)), ...readdirSync(path.join(SITE, 'pages')).map((f) => path.join(SITE, 'pages', f))].filter((f) => f.endsWith('.ts'));

describe('the site says its own codes from the areas it loads', () => {
  for (const file of modules) {
    const text = readFileSync(file, 'utf8');
    const codes = [...text.matchAll(/message\('([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]!);
    if (codes.length === 0) continue;
    it(`${path.relative(SITE, file)}: each code is common or in an area it asks for`, () => {
      const asked = [...text.matchAll(/useMessages\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim()));
      const known = (code: string) => Object.hasOwn(commonMessages, code) || asked.some((name) => Object.hasOwn(AREAS[name] ?? {}, code));
      expect(codes.filter((c) => !known(c))).toEqual([]);
    });
  }
});
