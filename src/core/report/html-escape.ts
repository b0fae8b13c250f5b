// Escaping for user text placed in HTML and SVG, and the one gate for URLs written into href.
import { checkExternalUrl } from '../external-url';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** An http(s) URL fit for an <a href>, or null: no javascript:, data: or file: links reach a report. */
export function linkableUrl(url: string): string | null {
  const check = checkExternalUrl(url);
  if (!check.ok) return null;
  return /^https?:/i.test(check.url) ? check.url : null;
}
