// A one-paragraph article row for the claim tests: only its id and text matter to them.
import type { Article } from '../../../src/core/model';

export function testArticle(id: string, text: string): Article {
  return {
    id,
    title: '测试',
    author: '',
    siteName: '',
    publishedDate: '',
    sourceUrl: '',
    language: 'zh-CN',
    blocks: [{ type: 'paragraph', inlines: [{ text }] }],
    text,
    contentHash: `hash-${id}`,
    format: 'text',
    fileName: 'a.txt',
    charset: 'utf-8',
    importedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    collectionIds: [],
  };
}
