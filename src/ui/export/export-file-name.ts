// File names for exports: the article's title made safe for Windows, macOS and Linux file systems,
// with Chinese and other scripts kept as they are.

/** Characters no common file system accepts in a name, plus control characters. */
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Counted in code points so a Chinese title is not cut inside a character. */
const MAX_TITLE_LENGTH = 80;

/** A title cleaned for use as the first part of a file name; `fallback` when nothing usable is left. */
export function fileNameTitle(title: string, fallback: string): string {
  let cleaned = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const codePoints = Array.from(cleaned);
  if (codePoints.length > MAX_TITLE_LENGTH) cleaned = codePoints.slice(0, MAX_TITLE_LENGTH).join('').trim();
  // Windows drops trailing dots and spaces, which would make two exports collide or fail.
  cleaned = cleaned.replace(/[. ]+$/, '').replace(/^\.+/, '');
  if (cleaned === '') cleaned = fallback;
  return WINDOWS_RESERVED.test(cleaned) ? `${cleaned}_` : cleaned;
}

/** `<title>-<suffix>.<extension>`, e.g. `高铁到了县城，年轻人就会回来吗？-report.html` on Linux and macOS. */
export function exportFileName(title: string, suffix: string, extension: string, fallback = 'article'): string {
  return `${fileNameTitle(title, fallback)}-${suffix}.${extension}`;
}
