// Why a pack is refused, as a code with parameters; the sentences, in English and Chinese, are
// `packProblem.<code>` in src/i18n/messages/import-notices.ts.
import type { Coded } from '../../import/import-notices';

/** Problems with one field; `undefined` for those that need no parameter besides the field's path. */
export interface PackFieldProblemParams {
  'not-object': undefined;
  /** The file's JSON is not an object at all (path ''). */
  'pack-not-object': undefined;
  missing: undefined;
  'not-text': undefined;
  'empty-text': undefined;
  /** The allowed values, listed with commas. */
  'not-one-of': { allowed: string };
  'not-boolean': undefined;
  'not-offset': undefined;
  'not-list': undefined;
  'not-timestamp': undefined;
  'not-data-uri': undefined;
  'not-sha256': undefined;
  'wrong-selector': { expected: string };
  'not-a-pack': undefined;
  'other-version': undefined;
  'text-mismatch': undefined;
  'hash-mismatch': { hash: string };
  'duplicate-claim-id': undefined;
  'duplicate-source-id': undefined;
  'claim-article': { id: string };
  'claim-annotator': { annotator: string };
  'position-outside': { start: number; end: number; length: number };
  'quote-mismatch': { start: number; end: number };
  'unknown-claim': undefined;
  'unknown-source': undefined;
}

/** What is wrong with a field, without saying which. */
export type PackFieldIssue = Coded<PackFieldProblemParams>;
/** A problem with one field of the pack: `path` is like `claims[3].tag`, empty for the file as a whole. */
export type PackFieldProblem = PackFieldIssue & { path: string };

export type PackProblemCode = keyof PackFieldProblemParams | 'not-json';

/** Why parsePack refused a file: it is not JSON (`detail` is the parser's English message), or a field is wrong. */
export type PackRefusal = PackFieldProblem | { code: 'not-json'; params: { detail: string }; path?: undefined };
