// The OpenAPI document generated from the route table passes Redocly's recommended rules with no
// warning (redocly.yaml), and declares, per operation, the problem answers and codes it may give.
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeList, routes } from '../../../shared/http/routes';
import { buildOpenApi, problemCodes } from '../../../shared/http/openapi';
import { hasMessage } from '../../../shared/i18n/messages';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended rules with no warning", async () => {
    const config = await loadConfig({ configPath: path.join(ROOT, 'redocly.yaml') });
    const problems = await lintFromString({ source: JSON.stringify(buildOpenApi(routeList)), absoluteRef: path.join(ROOT, 'openapi.json'), config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message}`)).toEqual([]);
  }, 30_000);

  it('declares problem answers on every operation, each code one the catalog can say in Thai and English', () => {
    const doc = buildOpenApi(routeList) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    for (const route of routeList) {
      const responses = doc.paths[route.path]![route.method.toLowerCase()]!.responses;
      expect(Object.keys(responses).some((status) => status.startsWith('4')), route.id).toBe(true);
      expect(responses.default, route.id).toBeDefined();
      for (const codes of problemCodes(route).values()) for (const code of codes) expect(hasMessage(code), `${route.id}: ${code}`).toBe(true);
    }
  });

  it('names what a route of its kind may answer, and its own codes', () => {
    expect(Object.fromEntries(problemCodes(routes.login))).toMatchObject({ 401: ['INVALID_CREDENTIALS'], 429: ['LOGIN_THROTTLED'] });
    expect(problemCodes(routes.actOnComplaint).get(403)).toEqual(expect.arrayContaining(['FORBIDDEN', 'NOT_ASSIGNED_TO_YOUR_UNIT', 'ACCOUNT_REVOKED']));
    expect(problemCodes(routes.actOnComplaint).get(401)).toEqual(['SESSION_ENDED', 'TOKEN_INVALID', 'UNAUTHENTICATED']);
    expect(problemCodes(routes.health).size).toBe(0);
  });

  it('marks the fields a body requires as required, those read through a transform (Thai digits, upper case) included', () => {
    const doc = buildOpenApi(routeList) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { required?: string[] } }> } }>> };
    const requiredOf = (route: { path: string; method: string }) => doc.paths[route.path]![route.method.toLowerCase()]!.requestBody!.content['application/json']!.schema.required;
    expect(requiredOf(routes.fileComplaint)).toEqual(['channel', 'hospitalCode', 'topic', 'description', 'complainant']);
    expect(requiredOf(routes.recordPostalSubmission)).toEqual(['hospitalCode', 'postmarkDate', 'receivedDate']);
    expect(requiredOf(routes.createCredentialRequest)).toEqual(expect.arrayContaining(['nationalId', 'hospitalCode']));
  });
});
