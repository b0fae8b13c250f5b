// Writes import refusals and warnings, pack refusals and fetch failures as sentences, in the UI's
// language (through its `t`) or in English (for error messages and the command line). Counted
// warnings use their `.one` form for exactly one.
import type { FetchProblem, FetchProblemParams } from '../../electron/shared/bridge';
import type { PackFieldProblemParams, PackRefusal } from '../core/exchange/pack-problems';
import type { ImportProblem, ImportProblemCode, ImportWarning, ImportWarningCode } from '../import/import-notices';
import { fillPlaceholders } from './define-messages';
import { importNoticeMessages } from './messages/import-notices';

type NoticeKey = Extract<keyof typeof importNoticeMessages.en, string>;
type Params = Record<string, string | number>;

/** The UI's `t` fits here, and so does `englishNotices`. */
export type NoticeTranslate = (key: NoticeKey, params?: Params) => string;

type CodeKey =
  | `importProblem.${ImportProblemCode}`
  | `importWarning.${ImportWarningCode}`
  | `packProblem.${keyof PackFieldProblemParams | 'not-json'}`
  | `fetchProblem.${keyof FetchProblemParams}`;

// Every code has its sentence: this fails to compile when a code is added without one.
const english: Record<NoticeKey | CodeKey, string> = importNoticeMessages.en;

/** Fills `{name}` placeholders from the English table, without the rest of the UI's strings. */
export const englishNotices: NoticeTranslate = (key, params) => fillPlaceholders(english[key], params);

type Prefix = 'importProblem' | 'importWarning' | 'packProblem' | 'fetchProblem';

function noticeText(t: NoticeTranslate, prefix: Prefix, code: string, params: Params | undefined): string {
  const key = `${prefix}.${code}`;
  const one = `${key}.one`;
  return t((params?.count === 1 && one in english ? one : key) as NoticeKey, params);
}

/** The problem alone, to follow the file name: "is empty." / "文件是空的。". */
export function importProblemText(t: NoticeTranslate, problem: ImportProblem): string {
  return noticeText(t, 'importProblem', problem.code, problem.params);
}

/** The one-line refusal naming the file: "empty.txt: is empty." / "empty.txt：文件是空的。". */
export function importRefusalText(t: NoticeTranslate, fileName: string, problem: ImportProblem): string {
  return t('importProblem.refusal', { file: fileName, problem: importProblemText(t, problem) });
}

export function importWarningText(t: NoticeTranslate, warning: ImportWarning): string {
  return noticeText(t, 'importWarning', warning.code, warning.params);
}

/** Why a pack was refused, naming the field: "claims[0].tag must be one of opinion, fact, unsupported". */
export function packRefusalText(t: NoticeTranslate, refusal: PackRefusal): string {
  if (refusal.code === 'not-json') return noticeText(t, 'packProblem', refusal.code, refusal.params);
  return noticeText(t, 'packProblem', refusal.code, { ...refusal.params, path: refusal.path });
}

export function fetchProblemText(t: NoticeTranslate, problem: FetchProblem): string {
  return noticeText(t, 'fetchProblem', problem.code, problem.params);
}
