import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../../scripts/web-host/static-server';

let server: RunningServer;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'claimlens-static-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Claimlens</title>');
  server = await startStaticServer({ root: dir });
});
afterAll(() => server.close());

describe('web host server', () => {
  it('listens on loopback and serves the app with its CSP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>Claimlens</title>');
  });

  it('answers 404 for missing files and 405 for writes', async () => {
    expect((await fetch(`${server.url}nope.js`)).status).toBe(404);
    expect((await fetch(`${server.url}%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
