import { describe, expect, it, vi } from 'vitest';
import { checkExternalUrl, openExternalSafely } from '../../../src/core/external-url';

describe('checkExternalUrl', () => {
  it.each(['https://example.com/a?b=c', 'http://example.com', 'mailto:desk@example.com', 'HTTPS://EXAMPLE.COM/x'])('accepts %s', (url) => {
    expect(checkExternalUrl(url).ok).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', /javascript:/],
    ['JaVaScRiPt:alert(1)', /javascript:/],
    ['file:///etc/passwd', /file:/],
    ['data:text/html,<script>alert(1)</script>', /data:/],
    ['vbscript:msgbox', /vbscript:/],
    ['/relative/path', /not a complete web address/],
    ['', /empty/],
    ['https://user:secret@example.com/', /user name or password/],
  ])('refuses %s with a reason', (url, reason) => {
    const check = checkExternalUrl(url);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });

  it('refuses things that are not text', () => {
    expect(checkExternalUrl(42).ok).toBe(false);
    expect(checkExternalUrl({ href: 'https://example.com' }).ok).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it('hands only valid URLs, normalised, to the opener', async () => {
    const open = vi.fn();
    expect(await openExternalSafely('javascript:alert(1)', open)).toBe(false);
    expect(await openExternalSafely('HTTPS://Example.com', open)).toBe(true);
    expect(open.mock.calls).toEqual([['https://example.com/']]);
  });
});
