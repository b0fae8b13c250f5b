// Escaping user text for Markdown. CommonMark lets any ASCII punctuation be backslash-escaped, so every
// character that can start or end markup is escaped wherever it appears; over-escaping renders the same.

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&^]/g;

/** One line of inline text: markup characters escaped, line breaks folded to spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/** Several lines kept as hard breaks (backslash at line end), each line escaped, continuation indented. */
export function escapeMarkdownLines(text: string, indent: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`))
    .join(`\\\n${indent}`);
}

/** A URL as an autolink when it is a plain http(s) URL, else as escaped text that links nowhere. */
export function markdownUrl(url: string | null, fallback: string): string {
  if (url && /^https?:\/\/[^\s<>]+$/i.test(url)) return `<${url}>`;
  return escapeMarkdown(fallback);
}
