// Fetches a web page for import-by-URL and source metadata, in main, with hard limits:
// http/https only at every redirect hop, a byte cap while streaming, and an overall deadline.
import type { FetchUrlResult } from '../shared/bridge';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

type FetchLike = (url: string, init: { redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

function checkFetchable(raw: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return `“${raw.slice(0, 80)}” is not a complete web address.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `Only http and https addresses can be fetched, not “${url.protocol}”.`;
  }
  if (url.username || url.password) return 'Addresses with a user name or password are not fetched.';
  return url;
}

export async function fetchWithLimits(rawUrl: unknown, limits: FetchLimits, fetchImpl: FetchLike): Promise<FetchUrlResult> {
  if (typeof rawUrl !== 'string') return { ok: false, error: 'The address is not text.' };
  const first = checkFetchable(rawUrl);
  if (typeof first === 'string') return { ok: false, error: first };

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let current = first;
    for (let hop = 0; ; hop++) {
      const response = await fetchImpl(current.href, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        if (hop >= limits.maxRedirects) return { ok: false, error: `Too many redirects (more than ${limits.maxRedirects}).` };
        const next = checkFetchable(new URL(response.headers.get('location') as string, current).href);
        if (typeof next === 'string') return { ok: false, error: `The page redirected to an address that is not allowed: ${next}` };
        current = next;
        continue;
      }
      if (!response.ok) return { ok: false, error: `The server answered ${response.status} ${response.statusText}`.trim() + '.' };
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > limits.maxBytes) return { ok: false, error: tooBig(limits.maxBytes) };
      const bytes = await readCapped(response, limits.maxBytes);
      if (bytes === null) return { ok: false, error: tooBig(limits.maxBytes) };
      return {
        ok: true,
        requestedUrl: first.href,
        finalUrl: current.href,
        contentType: response.headers.get('content-type') ?? '',
        bytes,
      };
    }
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, error: `The page took longer than ${Math.round(limits.timeoutMs / 1000)} s to arrive.` };
    return { ok: false, error: `The page could not be fetched: ${(error as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}

function tooBig(maxBytes: number): string {
  return `The page is larger than ${Math.round(maxBytes / (1024 * 1024))} MB.`;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
