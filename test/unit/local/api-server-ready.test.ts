// While the local stack is still loading its demo data, requests wait instead of racing it.
import { afterEach, describe, expect, it } from 'vitest';
import { startApiServer } from '../../../local/api-server';

const servers: Array<{ close: () => void }> = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

describe('startApiServer', () => {
  it('holds requests until the stack is ready', async () => {
    let markReady = () => {};
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    const { url, server } = await startApiServer({ port: 0, ready });
    servers.push(server);
    let answered = false;
    const response = fetch(`${url}/no-such-page`).then((r) => ((answered = true), r));
    await new Promise((r) => setTimeout(r, 150));
    expect(answered).toBe(false);
    markReady();
    expect((await response).status).toBe(404);
  });
});
