import { describe, expect, it } from 'vitest';
import { checkSourceUrl, normalizeSourceUrl } from '../../../src/core/source-url';

describe('checkSourceUrl', () => {
  it.each([
    ['https://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['HTTP://EXAMPLE.COM/Path', 'http://example.com/Path'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['www.example.com/story', 'https://www.example.com/story'],
    ['  https://example.com  ', 'https://example.com/'],
  ])('accepts %s', (input, url) => {
    expect(checkSourceUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['javascript:alert(1)', { kind: 'scheme', scheme: 'javascript:' }],
    ['JaVaScRiPt:alert(1)', { kind: 'scheme', scheme: 'javascript:' }],
    ['data:text/html,<script>alert(1)</script>', { kind: 'scheme', scheme: 'data:' }],
    ['file:///etc/passwd', { kind: 'scheme', scheme: 'file:' }],
    ['ftp://example.com/file', { kind: 'scheme', scheme: 'ftp:' }],
    ['vbscript:msgbox', { kind: 'scheme', scheme: 'vbscript:' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['just some words', { kind: 'not-a-url' }],
    ['https://user:secret@example.com/', { kind: 'credentials' }],
    ['mailto:', { kind: 'no-host' }],
    [`https://example.com/${'a'.repeat(9000)}`, { kind: 'too-long' }],
  ])('refuses %s and names the problem', (input, problem) => {
    expect(checkSourceUrl(input)).toEqual({ ok: false, problem });
  });

  it('refuses things that are not text', () => {
    expect(checkSourceUrl(42).ok).toBe(false);
    expect(checkSourceUrl(null).ok).toBe(false);
  });
});

describe('normalizeSourceUrl', () => {
  it('lower-cases scheme and host but not the path', () => {
    expect(normalizeSourceUrl('HTTPS://Example.COM/News/Story')).toBe('https://example.com/News/Story');
  });

  it('writes IDN hosts in punycode, so the Unicode and punycode spellings match', () => {
    expect(normalizeSourceUrl('https://bücher.example/')).toBe('https://xn--bcher-kva.example');
    expect(normalizeSourceUrl('https://xn--bcher-kva.example')).toBe(normalizeSourceUrl('https://BÜCHER.example/'));
  });

  it('drops tracking parameters and keeps the others in order', () => {
    expect(
      normalizeSourceUrl('https://example.com/a?id=7&utm_source=tw&utm_MEDIUM=x&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3&ref_src=twsrc&page=2'),
    ).toBe('https://example.com/a?id=7&page=2');
    expect(normalizeSourceUrl('https://example.com/a?utm_campaign=spring')).toBe('https://example.com/a');
  });

  it('drops the fragment, the trailing slash and default ports', () => {
    expect(normalizeSourceUrl('https://example.com/a/#section-2')).toBe('https://example.com/a');
    expect(normalizeSourceUrl('https://example.com:443/a/')).toBe('https://example.com/a');
    expect(normalizeSourceUrl('http://example.com:80/')).toBe('http://example.com');
    expect(normalizeSourceUrl('https://example.com:8443/a')).toBe('https://example.com:8443/a');
  });

  it('treats percent-escapes in either case as the same page', () => {
    expect(normalizeSourceUrl('https://example.com/%e4%b8%ad')).toBe(normalizeSourceUrl('https://example.com/%E4%B8%AD'));
    expect(normalizeSourceUrl('https://example.com/中')).toBe(normalizeSourceUrl('https://example.com/%E4%B8%AD'));
  });

  it('keeps look-alike hosts apart', () => {
    const real = normalizeSourceUrl('https://example.com/report');
    expect(normalizeSourceUrl('https://example.com.attacker.test/report')).not.toBe(real);
    expect(normalizeSourceUrl('https://example.com.attacker.test/report')).toBe('https://example.com.attacker.test/report');
    expect(normalizeSourceUrl('https://notexample.com/report')).not.toBe(real);
    expect(normalizeSourceUrl('https://example.com@attacker.test/report')).toBe('');
  });

  it('keeps http and https apart, and www apart from the bare host', () => {
    expect(normalizeSourceUrl('http://example.com/a')).not.toBe(normalizeSourceUrl('https://example.com/a'));
    expect(normalizeSourceUrl('https://www.example.com/a')).not.toBe(normalizeSourceUrl('https://example.com/a'));
  });

  it('lower-cases only the domain of a mailto address', () => {
    expect(normalizeSourceUrl('MAILTO:Press.Office@Example.GOV')).toBe('mailto:Press.Office@example.gov');
  });

  it('gives nothing for refused addresses', () => {
    expect(normalizeSourceUrl('javascript:alert(1)')).toBe('');
    expect(normalizeSourceUrl('data:text/html,hi')).toBe('');
    expect(normalizeSourceUrl('')).toBe('');
  });
});
