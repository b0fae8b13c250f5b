import { describe, expect, it } from 'vitest';
import { isTrustedSenderUrl } from '../../../electron/main/trusted-sender';

describe('isTrustedSenderUrl', () => {
  it('trusts the app’s own pages', () => {
    expect(isTrustedSenderUrl('app://claimlens/index.html#/library')).toBe(true);
  });
  it('trusts the dev server only when one is running', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/')).toBe(false);
  });
  it('refuses everything else', () => {
    for (const url of [undefined, '', 'https://example.com/', 'app://evil/index.html', 'file:///index.html', 'about:blank', 'data:text/html,x']) {
      expect(isTrustedSenderUrl(url)).toBe(false);
    }
  });
});
