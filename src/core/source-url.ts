// A source's web address: which addresses are accepted (http, https, mailto) and the normalised form
// used to recognise the same page pasted twice. Pure, so the rules are testable in Node.

/** Why an address was refused; the UI turns each into a sentence in the user's language. */
export type SourceUrlProblem =
  | { kind: 'empty' }
  | { kind: 'too-long' }
  | { kind: 'not-a-url' }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'no-host' }
  | { kind: 'credentials' };

export type SourceUrlCheck = { ok: true; url: string } | { ok: false; problem: SourceUrlProblem };

const ACCEPTED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const MAX_URL_LENGTH = 8192;

/**
 * Query parameters that only say how a reader arrived (campaigns, click ids, referrers); two links
 * differing only in these point at the same page.
 */
const TRACKING_PARAMETERS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', 'mkt_tok', '_hsenc', '_hsmi', 'hsctatracking', 'oly_anon_id', 'oly_enc_id',
  'ref_src', 'ref_url', 'rb_clickid', 's_cid', 'vero_conv', 'vero_id', 'wickedid', '_ga', '_gl', 'cmpid', 'ocid',
  'spm', 'share_token', 'sr_share', 'at_medium', 'at_campaign',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmsr', 'hmpl', 'hmcu', 'hmkw', 'hmci'];

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** `www.example.com/page` typed without a scheme is a web address; anything with a scheme keeps it. */
function withAssumedScheme(text: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  if (/^\/\//.test(text)) return `https:${text}`;
  if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]|$)/u.test(text)) return `https://${text}`;
  return text;
}

/** Accepts absolute http, https and mailto addresses; returns the parsed form (host in punycode). */
export function checkSourceUrl(input: unknown): SourceUrlCheck {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  const text = input.trim();
  if (text.length > MAX_URL_LENGTH) return { ok: false, problem: { kind: 'too-long' } };
  let parsed: URL;
  try {
    parsed = new URL(withAssumedScheme(text));
  } catch {
    return { ok: false, problem: { kind: 'not-a-url' } };
  }
  if (!ACCEPTED_SCHEMES.has(parsed.protocol)) return { ok: false, problem: { kind: 'scheme', scheme: parsed.protocol } };
  if (parsed.protocol === 'mailto:') {
    if (!/^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(parsed.pathname))) return { ok: false, problem: { kind: 'no-host' } };
    return { ok: true, url: parsed.href };
  }
  if (parsed.hostname === '') return { ok: false, problem: { kind: 'no-host' } };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, problem: { kind: 'credentials' } };
  return { ok: true, url: parsed.href };
}

/** Percent-escapes differ only in case (`%e4` vs `%E4`); make them one spelling. */
function upperEscapes(text: string): string {
  return text.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

/**
 * The key two addresses of one page share: scheme and host lower-cased (IDN hosts in punycode),
 * default port, fragment and tracking parameters removed, trailing slash ignored. '' when the
 * address is not accepted. The host is compared whole, so `example.com.attacker.test` stays apart.
 */
export function normalizeSourceUrl(input: string): string {
  const check = checkSourceUrl(input);
  if (!check.ok) return '';
  const url = new URL(check.url);
  if (url.protocol === 'mailto:') {
    const address = decodeURIComponent(url.pathname);
    const at = address.lastIndexOf('@');
    return `mailto:${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
  }
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (!isTrackingParameter(name)) kept.append(name, value);
  const query = kept.toString();
  const path = upperEscapes(url.pathname).replace(/\/+$/, '');
  // URL already lower-cases the scheme and host, converts IDN to punycode and drops default ports.
  const host = url.hostname.replace(/\.$/, '') + (url.port ? `:${url.port}` : '');
  return `${url.protocol}//${host}${path}${query ? `?${query}` : ''}`;
}
