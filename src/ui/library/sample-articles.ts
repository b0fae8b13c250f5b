// The two sample articles shipped with the app, so a workshop can start without hunting for material.
import type { Article, OriginalFile } from '../../core/model';
import englishSample from '../../../resources/samples/libraries.en.md?raw';
import chineseSample from '../../../resources/samples/county-rail.zh-CN.md?raw';

export interface SampleArticle {
  id: string;
  fileName: string;
  language: 'en' | 'zh-CN';
  markdown: string;
}

export const SAMPLE_ARTICLES: SampleArticle[] = [
  { id: 'libraries', fileName: 'libraries.en.md', language: 'en', markdown: englishSample },
  { id: 'county-rail', fileName: 'county-rail.zh-CN.md', language: 'zh-CN', markdown: chineseSample },
];

export function sampleTitle(sample: SampleArticle): string {
  return /^title:\s*(.+)$/m.exec(sample.markdown)?.[1].trim() ?? sample.fileName;
}

export async function buildSampleArticle(sample: SampleArticle): Promise<{ article: Article; original: OriginalFile }> {
  // The Markdown reader is loaded when a sample is first opened, not at start-up.
  const [{ buildArticle }, { readMarkdown }] = await Promise.all([import('../../import/build-article'), import('../../import/markdown-reader')]);
  const bytes = new TextEncoder().encode(sample.markdown);
  const extraction = readMarkdown(sample.markdown, sample.fileName);
  return buildArticle({ ...extraction, format: 'sample' }, {
    bytes,
    fileName: sample.fileName,
    mimeType: 'text/markdown',
    now: new Date(),
  });
}
