// The metadata a user can correct in the cleanup preview, and the checks that must pass before saving:
// a non-empty title, a date written YYYY-MM-DD that exists in the calendar, an http/https source URL.
import { checkExternalUrl } from '../../core/external-url';
import type { ArticleMetadata } from '../../core/model';
import type { MessageKey } from '../../i18n/messages';

export interface MetadataFields {
  title: string;
  author: string;
  /** YYYY-MM-DD or empty, as typed. */
  publishedDate: string;
  siteName: string;
  sourceUrl: string;
}

export type MetadataFieldName = keyof MetadataFields;

export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, string>;
}

export type MetadataProblems = Partial<Record<MetadataFieldName, FieldProblem>>;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The editable form of extracted metadata: a full timestamp is shown as its day. */
export function fieldsFromMetadata(metadata: ArticleMetadata): MetadataFields {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(metadata.publishedDate)?.[0] ?? metadata.publishedDate;
  return {
    title: metadata.title,
    author: metadata.author,
    publishedDate: day,
    siteName: metadata.siteName,
    sourceUrl: metadata.sourceUrl,
  };
}

export function checkDate(value: string): FieldProblem | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const parts = ISO_DAY.exec(text);
  if (!parts) return { key: 'preview.error.dateFormat' };
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { key: 'preview.error.dateInvalid', params: { date: text } };
  }
  return undefined;
}

/** Accepts an empty URL (unknown) or an absolute http/https one; returns the normalised form. */
export function checkSourceUrl(value: string): { ok: true; url: string } | { ok: false; problem: FieldProblem } {
  const text = value.trim();
  if (text === '') return { ok: true, url: '' };
  const check = checkExternalUrl(text);
  if (check.ok && /^https?:/i.test(check.url)) return { ok: true, url: check.url };
  // A parseable address with another scheme (javascript:, file:, mailto:…) gets the scheme message.
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https?:/i.test(text);
  return { ok: false, problem: { key: hasScheme ? 'preview.error.urlScheme' : 'preview.error.urlIncomplete' } };
}

export function metadataProblems(fields: MetadataFields): MetadataProblems {
  const problems: MetadataProblems = {};
  if (fields.title.trim() === '') problems.title = { key: 'preview.error.title' };
  const date = checkDate(fields.publishedDate);
  if (date) problems.publishedDate = date;
  const url = checkSourceUrl(fields.sourceUrl);
  if (!url.ok) problems.sourceUrl = url.problem;
  return problems;
}

/**
 * The metadata to store: the corrected fields over what was extracted. An unchanged day keeps the
 * extracted full timestamp, so correcting the title does not lose the publication time.
 */
export function metadataFromFields(extracted: ArticleMetadata, fields: MetadataFields): ArticleMetadata {
  const day = fields.publishedDate.trim();
  const url = checkSourceUrl(fields.sourceUrl);
  return {
    ...extracted,
    title: fields.title.trim(),
    author: fields.author.trim(),
    siteName: fields.siteName.trim(),
    publishedDate: day !== '' && extracted.publishedDate.startsWith(day) ? extracted.publishedDate : day,
    sourceUrl: url.ok ? url.url : extracted.sourceUrl,
  };
}
