import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppRequest } from '../../../electron/main/app-protocol';

const root = resolve('/srv/claimlens/out/renderer');

describe('resolveAppRequest', () => {
  it('maps app URLs to files in the renderer folder', () => {
    expect(resolveAppRequest(root, 'app://claimlens/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://claimlens/')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://claimlens/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets/index-abc.js'));
  });

  it('refuses paths that escape the folder, other hosts and other schemes', () => {
    // The URL parser already folds dot segments, so this can only land inside the folder.
    expect(resolveAppRequest(root, 'app://claimlens/../../etc/passwd')).toBe(join(root, 'etc/passwd'));
    for (const sneaky of ['app://claimlens/%2e%2e/%2e%2e/etc/passwd', 'app://claimlens/..%2f..%2f..%2fetc/passwd', 'app://claimlens/a/..%5c..%5c..%5cx']) {
      const resolved = resolveAppRequest(root, sneaky);
      if (resolved !== null) expect(resolved.startsWith(root + '/'), sneaky).toBe(true);
    }
    expect(resolveAppRequest(root, 'app://claimlens/assets/%00.js')).toBeNull();
    expect(resolveAppRequest(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppRequest(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppRequest(root, 'not a url')).toBeNull();
  });

  it('serves scripts and pages with the right types', () => {
    expect(mimeTypeFor('a/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeFor('a/x.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('a/unknown.bin')).toBe('application/octet-stream');
  });

  it('allows scripts only from the app itself and no remote images', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data: blob:");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });
});
