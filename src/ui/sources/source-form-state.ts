// The add/edit source form's values and their checks, kept apart from the components that show them.
import type { ParsedCitation } from '../../core/citation';
import type { Source } from '../../core/model';
import { checkSourceUrl, type SourceUrlProblem } from '../../core/source-url';
import type { SourceDraft } from '../../db/source-repository';

export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function emptySourceDraft(): SourceDraft {
  return {
    url: '', title: '', publisher: '', author: '', publishedDate: '', accessedDate: todayIso(),
    excerpt: '', reliability: 'unknown', reliabilityReason: '', note: '',
  };
}

export function draftOfSource(source: Source): SourceDraft {
  const { id: _id, normalizedUrl: _normalized, createdAt: _created, updatedAt: _updated, ...draft } = source;
  return draft;
}

export type SourceFieldErrors = Partial<Record<'url' | 'title' | 'publishedDate' | 'accessedDate', { key: 'url'; problem: SourceUrlProblem } | { key: 'needTitleOrUrl' | 'date' }>>;

const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Empty when the draft can be saved. */
export function checkSourceDraft(draft: SourceDraft): SourceFieldErrors {
  const errors: SourceFieldErrors = {};
  if (draft.url.trim()) {
    const check = checkSourceUrl(draft.url);
    if (!check.ok) errors.url = { key: 'url', problem: check.problem };
  } else if (!draft.title.trim()) {
    errors.title = { key: 'needTitleOrUrl' };
  }
  if (draft.publishedDate.trim() && !DATE_PATTERN.test(draft.publishedDate.trim())) errors.publishedDate = { key: 'date' };
  if (draft.accessedDate.trim() && !DATE_PATTERN.test(draft.accessedDate.trim())) errors.accessedDate = { key: 'date' };
  return errors;
}

/** Trims what was typed and writes an accepted URL in its parsed form. */
export function cleanSourceDraft(draft: SourceDraft): SourceDraft {
  const check = draft.url.trim() ? checkSourceUrl(draft.url) : null;
  return {
    ...draft,
    url: check?.ok ? check.url : '',
    title: draft.title.trim(),
    publisher: draft.publisher.trim(),
    author: draft.author.trim(),
    publishedDate: draft.publishedDate.trim(),
    accessedDate: draft.accessedDate.trim(),
    excerpt: draft.excerpt.trim(),
    reliabilityReason: draft.reliabilityReason.trim(),
    note: draft.note.trim(),
  };
}

/** Takes every value the citation gave; fields it said nothing about keep what was typed. */
export function withCitation(draft: SourceDraft, parsed: ParsedCitation): SourceDraft {
  return {
    ...draft,
    url: parsed.url || draft.url,
    title: parsed.title || draft.title,
    author: parsed.author || draft.author,
    publisher: parsed.publisher || draft.publisher,
    publishedDate: parsed.publishedDate || draft.publishedDate,
    accessedDate: parsed.accessedDate || draft.accessedDate,
  };
}
