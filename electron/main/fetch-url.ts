// Fetches a web page for import-by-URL and source metadata, in main, with hard limits:
// http/https only at every redirect hop, a byte cap while streaming, and an overall deadline.
import { englishNotices, fetchProblemText } from '../../src/i18n/import-notice-text';
import type { FetchProblem, FetchUrlResult } from '../shared/bridge';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

type FetchLike = (url: string, init: { redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

function checkFetchable(raw: string): URL | FetchProblem {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { code: 'invalid-address', params: { address: raw.slice(0, 80) } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { code: 'scheme', params: { scheme: url.protocol } };
  if (url.username || url.password) return { code: 'credentials' };
  return url;
}

/** A failure as the renderer gets it: the problem to show in the app's language, and its English line. */
function failed(problem: FetchProblem): FetchUrlResult {
  return { ok: false, error: fetchProblemText(englishNotices, problem), problem };
}

export async function fetchWithLimits(rawUrl: unknown, limits: FetchLimits, fetchImpl: FetchLike): Promise<FetchUrlResult> {
  if (typeof rawUrl !== 'string') return failed({ code: 'not-text' });
  const first = checkFetchable(rawUrl);
  if (!(first instanceof URL)) return failed(first);

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
        if (hop >= limits.maxRedirects) return failed({ code: 'too-many-redirects', params: { max: limits.maxRedirects } });
        const target = new URL(response.headers.get('location') as string, current).href;
        const next = checkFetchable(target);
        if (!(next instanceof URL)) return failed({ code: 'redirect-refused', params: { address: target.slice(0, 80) } });
        current = next;
        continue;
      }
      if (!response.ok) return failed({ code: 'http-status', params: { status: `${response.status} ${response.statusText}`.trim() } });
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > limits.maxBytes) return failed(tooBig(limits.maxBytes));
      const bytes = await readCapped(response, limits.maxBytes);
      if (bytes === null) return failed(tooBig(limits.maxBytes));
      return {
        ok: true,
        requestedUrl: first.href,
        finalUrl: current.href,
        contentType: response.headers.get('content-type') ?? '',
        bytes,
      };
    }
  } catch (error) {
    if (controller.signal.aborted) return failed({ code: 'timeout', params: { seconds: Math.round(limits.timeoutMs / 1000) } });
    // Node's fetch says only "fetch failed"; the cause (DNS, refused connection, TLS) is more use.
    const cause = (error as Error & { cause?: unknown }).cause;
    const detail = cause instanceof Error ? cause.message : (error as Error).message;
    return failed({ code: 'network', params: { detail: detail.split('\n')[0]!.slice(0, 200) } });
  } finally {
    clearTimeout(timer);
  }
}

function tooBig(maxBytes: number): FetchProblem {
  return { code: 'too-large', params: { megabytes: Math.round(maxBytes / (1024 * 1024)) } };
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
