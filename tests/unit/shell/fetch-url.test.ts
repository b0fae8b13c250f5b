import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchWithLimits } from '../../../electron/main/fetch-url';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/page':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<title>Hello</title><p>世界</p>');
        break;
      case '/redirect':
        response.writeHead(302, { location: '/page' }).end();
        break;
      case '/loop':
        response.writeHead(302, { location: '/loop' }).end();
        break;
      case '/to-file':
        response.writeHead(302, { location: 'file:///etc/passwd' }).end();
        break;
      case '/big':
        // No content-length: the cap must hold while streaming.
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.write('x'.repeat(600));
        response.end('x'.repeat(600));
        break;
      case '/slow':
        setTimeout(() => response.writeHead(200).end('late'), 2_000);
        break;
      default:
        response.writeHead(404, 'Not Found').end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const limits = { maxBytes: 1_000, timeoutMs: 1_000, maxRedirects: 3 };
const realFetch = (url: string, init: RequestInit) => fetch(url, init);

describe('fetchWithLimits', () => {
  it('fetches a page and follows redirects', async () => {
    const result = await fetchWithLimits(`${base}/redirect`, limits, realFetch);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.finalUrl).toBe(`${base}/page`);
      expect(result.contentType).toContain('text/html');
      expect(new TextDecoder().decode(result.bytes)).toContain('世界');
    }
  });

  it.each([
    ['javascript:alert(1)', /Only http and https/, { code: 'scheme', params: { scheme: 'javascript:' } }],
    ['ftp://example.com/file', /Only http and https/, { code: 'scheme', params: { scheme: 'ftp:' } }],
    ['not a url', /not a complete web address/, { code: 'invalid-address', params: { address: 'not a url' } }],
    ['https://user:pw@example.com/', /user name or password/, { code: 'credentials' }],
  ])('refuses %s before fetching', async (url, message, problem) => {
    const result = await fetchWithLimits(url, limits, () => {
      throw new Error('must not be called');
    });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message), problem });
  });

  it('refuses a redirect to a non-web address', async () => {
    const result = await fetchWithLimits(`${base}/to-file`, limits, realFetch);
    expect(result).toEqual({
      ok: false,
      error: 'The page redirected to an address that is not allowed (file:///etc/passwd).',
      problem: { code: 'redirect-refused', params: { address: 'file:///etc/passwd' } },
    });
  });

  it('stops redirect loops', async () => {
    expect(await fetchWithLimits(`${base}/loop`, limits, realFetch)).toEqual({
      ok: false,
      error: 'Too many redirects (more than 3).',
      problem: { code: 'too-many-redirects', params: { max: 3 } },
    });
  });

  it('stops pages over the size limit', async () => {
    const result = await fetchWithLimits(`${base}/big`, limits, realFetch);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/larger than/), problem: { code: 'too-large' } });
  });

  it('stops pages that take too long', async () => {
    const result = await fetchWithLimits(`${base}/slow`, { ...limits, timeoutMs: 300 }, realFetch);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/took longer than/), problem: { code: 'timeout' } });
  });

  it('says why a connection failed, not only that it did', async () => {
    // A port that was just given up: nothing listens there, so the connection is refused at once.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await fetchWithLimits(`http://127.0.0.1:${port}/`, limits, realFetch);
    expect(result).toMatchObject({ ok: false, problem: { code: 'network', params: { detail: expect.stringMatching(/ECONNREFUSED/) } } });
  });

  it('reports server errors', async () => {
    expect(await fetchWithLimits(`${base}/missing`, limits, realFetch)).toEqual({
      ok: false,
      error: 'The server answered 404 Not Found.',
      problem: { code: 'http-status', params: { status: '404 Not Found' } },
    });
  });
});
