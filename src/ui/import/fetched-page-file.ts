// A page fetched by the desktop host, as a file the importer understands: a name whose extension
// matches what the server sent, since the pipeline chooses its reader by extension.
import type { ArticleMetadata } from '../../core/model';
import type { OpenedFile } from '../../host/host';
import { ARTICLE_EXTENSIONS } from '../../../electron/shared/bridge';

const EXTENSION_BY_TYPE: Array<[RegExp, string]> = [
  [/^application\/pdf/i, 'pdf'],
  [/^(multipart\/related|message\/rfc822|application\/x-mimearchive)/i, 'mhtml'],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml/i, 'docx'],
  [/^text\/markdown/i, 'md'],
  [/^text\/plain/i, 'txt'],
];

export function fetchedPageFile(page: { finalUrl: string; contentType: string; bytes: Uint8Array }): OpenedFile {
  let base = 'page';
  let extension = '';
  try {
    const url = new URL(page.finalUrl);
    const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
    const match = /^(.*)\.([a-z0-9]+)$/i.exec(last);
    if (match && (ARTICLE_EXTENSIONS as readonly string[]).includes(match[2].toLowerCase())) [base, extension] = [match[1], match[2].toLowerCase()];
    else base = last || url.hostname || base;
  } catch {
    // An unparseable final URL still leaves the content type to go by.
  }
  if (!extension) extension = EXTENSION_BY_TYPE.find(([type]) => type.test(page.contentType))?.[1] ?? 'html';
  const safeBase = base.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').slice(0, 120) || 'page';
  return { name: `${safeBase}.${extension}`, bytes: page.bytes };
}

/** The page's own canonical URL wins; the address it was fetched from fills in when it has none. */
export function withFetchedSourceUrl(metadata: ArticleMetadata, finalUrl: string): ArticleMetadata {
  return metadata.sourceUrl ? metadata : { ...metadata, sourceUrl: finalUrl };
}
