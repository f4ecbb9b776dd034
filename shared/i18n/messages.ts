// Every message a person can see from the API, in Thai and English, keyed by a stable code: the
// common messages and each area's (messages-<area>.ts), which the site takes one by one.
import type { Catalog } from './catalog';
import type { Lang } from './lang';
import { credentialMessages } from './messages-credentials';
import { complaintMessages } from './messages-complaints';
import { awardMessages } from './messages-awards';
import { adminMessages } from './messages-admin';
import { accountMessages } from './messages-accounts';
import { referenceAdminMessages } from './messages-reference-admin';
import { documentMessages } from './messages-documents';
import { commonMessages } from './messages-common';

export const messages = commonMessages;

export type MessageCode = keyof typeof messages;

/**
 * The whole catalog, complete on its own: a function bundles only its own area's schemas, yet may
 * answer with any code (test/unit/i18n/catalog.test.ts checks every code the code base uses).
 */
const catalog: Catalog = { ...messages, ...credentialMessages, ...complaintMessages, ...awardMessages, ...adminMessages, ...accountMessages, ...referenceAdminMessages, ...documentMessages };

export function hasMessage(code: string): boolean {
  return Object.hasOwn(catalog, code);
}

/** The text for a code in a language; an unknown code falls back to a generic message. */
export function t(code: string, lang: Lang): string {
  return (catalog[code] ?? catalog.INVALID_VALUE)![lang];
}
