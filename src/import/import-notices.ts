// Why a file cannot be imported, and what an import that worked wants to tell the user, as a code
// with parameters. The sentences, in English and Chinese, are in src/i18n/messages/import-notices.ts
// under `importProblem.<code>` and `importWarning.<code>`; src/i18n/import-notice-text.ts writes them.

/** The parameters of each refusal; `undefined` for a refusal that needs none. */
export interface ImportProblemParams {
  /** An extension the importer has no reader for, without its dot. */
  'unsupported-extension': { extension: string };
  'no-extension': undefined;
  /** An old binary Word file, by its extension or by its bytes. */
  'legacy-word': undefined;
  empty: undefined;
  /** Sizes in megabytes, already rounded for display. */
  'too-large': { megabytes: string; limit: string };
  'white-space-only': undefined;
  /** Binary bytes in a file named like a text format. */
  'binary-not-text': undefined;
  /** Binary bytes that are not a PDF in a file named .pdf. */
  'binary-not-pdf': undefined;
  'not-pdf': undefined;
  'not-docx': undefined;
  'no-readable-text': undefined;
  'mhtml-no-headers': undefined;
  'mhtml-no-content': undefined;
  'mhtml-no-boundary': undefined;
  'mhtml-no-html-part': undefined;
  'mhtml-boundary-not-found': undefined;
  'mhtml-truncated': undefined;
  /** `part` counts the archive's parts from 1. */
  'mhtml-part-no-headers': { part: number };
  'mhtml-part-no-location': { part: number };
  'mhtml-bad-base64': undefined;
  'pdf-password': undefined;
  'pdf-invalid': undefined;
  'pdf-no-text-layer': undefined;
  /** Any other pdf.js failure; `detail` is its first line, in English. */
  'pdf-unreadable': { detail: string };
  /** mammoth could not open the document; `detail` is its first line, in English. */
  'docx-unreadable': { detail: string };
  'docx-no-text': undefined;
  /** Not one of the importer's own refusals: a bug or an environment failure, with its first line. */
  unexpected: { detail: string };
}

/** The parameters of each warning. Those with a `count` have a singular form in English. */
export interface ImportWarningParams {
  /** A file that is really a PDF, whatever its name said. */
  'read-as-pdf': { file: string };
  'charset-unknown': { declared: string };
  /** The bytes are valid in another charset than the declared one; `actual` was used. */
  'charset-declared-mismatch': { declared: string; actual: string };
  /** UTF-8 was declared, the bytes are not UTF-8; `actual` is the detected charset. */
  'charset-not-utf-8': { actual: string };
  'invalid-bytes': { count: number; charset: string };
  'remote-images': { count: number };
  'unsafe-links': { count: number };
  'linked-pictures': { count: number };
  /** A problem mammoth reported while converting; `detail` is its English message. */
  'word-conversion': { detail: string };
  'local-images': { count: number };
  'dropped-links': { count: number };
  'captions-kept': { count: number };
  'pdf-blank-pages': { count: number; total: number };
}

/** `{ code }` for a notice without parameters, `{ code, params }` for one with. */
export type Coded<M> = {
  [C in keyof M]: M[C] extends undefined ? { code: C; params?: undefined } : { code: C; params: M[C] };
}[keyof M];

export type ImportProblemCode = keyof ImportProblemParams;
export type ImportProblem = Coded<ImportProblemParams>;
export type ImportWarningCode = keyof ImportWarningParams;
export type ImportWarning = Coded<ImportWarningParams>;
