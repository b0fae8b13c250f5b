// One imported file waiting in the cleanup preview: what was extracted, which blocks the user keeps,
// and the corrected metadata; and how a draft becomes the Article row that is stored.
import { documentText } from '../../core/document-text';
import type { Article, OriginalFile } from '../../core/model';
import type { OpenedFile } from '../../host/host';
import { buildArticle } from '../../import/build-article';
import type { Extraction } from '../../import/extraction';
import { fieldsFromMetadata, metadataFromFields, type MetadataFields } from './metadata-fields';

export interface ImportDraft {
  /** Unique within the app session, for React keys. */
  key: string;
  file: OpenedFile;
  extraction: Extraction;
  /** Whether each candidate block is stored, by candidate index. */
  kept: boolean[];
  fields: MetadataFields;
}

let draftCounter = 0;

export function draftFromExtraction(file: OpenedFile, extraction: Extraction): ImportDraft {
  draftCounter += 1;
  return {
    key: `draft-${draftCounter}`,
    file,
    extraction,
    kept: extraction.candidates.map((candidate) => !candidate.removed),
    fields: fieldsFromMetadata(extraction.metadata),
  };
}

/** The extraction as the user left it: their keep/drop choices and corrected metadata. */
export function editedExtraction(draft: ImportDraft): Extraction {
  const { extraction, kept, fields } = draft;
  return {
    ...extraction,
    metadata: metadataFromFields(extraction.metadata, fields),
    candidates: extraction.candidates.map((candidate, index) => {
      if (kept[index]) return { block: candidate.block };
      return { block: candidate.block, removed: candidate.removed ?? 'removed-by-user' };
    }),
  };
}

export function keptCount(draft: ImportDraft): number {
  return draft.kept.filter(Boolean).length;
}

/** The text the stored article would have; what the content hash is computed from. */
export function draftText(draft: ImportDraft): string {
  return documentText(draft.extraction.candidates.filter((_, index) => draft.kept[index]).map((candidate) => candidate.block));
}

const MIME_BY_EXTENSION: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  mhtml: 'multipart/related',
  mht: 'multipart/related',
  txt: 'text/plain',
  md: 'text/markdown',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function mimeTypeOf(fileName: string): string {
  return MIME_BY_EXTENSION[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

export function draftArticle(draft: ImportDraft, now: Date): Promise<{ article: Article; original: OriginalFile }> {
  return buildArticle(editedExtraction(draft), {
    bytes: draft.file.bytes,
    fileName: draft.file.name,
    mimeType: mimeTypeOf(draft.file.name),
    now,
  });
}
