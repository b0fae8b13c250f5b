// Which URLs may leave the app for the system browser or mail client. Used by main and renderer alike.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Accepts only absolute http, https and mailto URLs; anything else gets a reason a user can read. */
export function checkExternalUrl(input: unknown): ExternalUrlCheck {
  if (typeof input !== 'string') return { ok: false, reason: 'The link is not text.' };
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'The link is empty.' };
  if (trimmed.length > 8192) return { ok: false, reason: 'The link is too long.' };
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return { ok: false, reason: `“${trimmed.slice(0, 80)}” is not a complete web address.` };
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) {
    return { ok: false, reason: `Links starting with “${parsed.protocol}” are not opened; only http, https and mailto are.` };
  }
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') {
    return { ok: false, reason: 'The link has no host name.' };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, reason: 'Links with a user name or password in them are not opened.' };
  }
  return { ok: true, url: parsed.href };
}

/** Opens a URL through `open` only when it passes the check; returns whether it was opened. */
export async function openExternalSafely(input: unknown, open: (url: string) => Promise<void> | void): Promise<boolean> {
  const check = checkExternalUrl(input);
  if (!check.ok) return false;
  await open(check.url);
  return true;
}
