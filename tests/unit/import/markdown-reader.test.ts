import { describe, expect, it } from 'vitest';
import { blockText, documentText } from '../../../src/core/document-text';
import type { Block } from '../../../src/core/model';
import { keptBlocks } from '../../../src/import/extraction';
import { readMarkdown } from '../../../src/import/markdown-reader';

const article = `---
title: "Harbour tunnel opens two years late"
author: Jane Doe
site: Example Post
date: 2025-03-03
url: https://example.org/news/harbour-tunnel
language: en
---

# Harbour tunnel opens two years late

The **harbour tunnel** opened on *Monday*, two years after the [original date](https://example.org/plan).
A second line of the same paragraph.

![Workers in the tunnel](https://cdn.example.org/tunnel.jpg "Workers finish the lining in January")

## What it cost

> "We got there in the end," said the mayor.

- Budget: £1.2bn
- Final cost: £1.9bn
  - of which overruns: £0.7bn

1. Design
2. Digging

\`\`\`
km  minutes
1.2 3
\`\`\`

Click [here](javascript:alert(1)) or <script>alert(2)</script><b>read</b> &amp; share.
`;

function types(blocks: Block[]): string[] {
  return blocks.map((block) => block.type);
}

describe('readMarkdown', () => {
  it('takes metadata from front matter and does not repeat the title heading', () => {
    const extraction = readMarkdown(article, 'tunnel.md');
    expect(extraction.format).toBe('markdown');
    expect(extraction.metadata).toEqual({
      title: 'Harbour tunnel opens two years late',
      author: 'Jane Doe',
      siteName: 'Example Post',
      publishedDate: '2025-03-03',
      sourceUrl: 'https://example.org/news/harbour-tunnel',
      language: 'en',
    });
    const kept = keptBlocks(extraction.candidates);
    expect(kept.some((block) => block.type === 'heading' && blockText(block).startsWith('Harbour tunnel'))).toBe(false);
    expect(types(kept)).toEqual(['paragraph', 'image', 'heading', 'quote', 'list', 'list', 'preformatted', 'paragraph']);
  });

  it('keeps bold, italic and safe links, joins soft line breaks', () => {
    const [first] = keptBlocks(readMarkdown(article, 'tunnel.md').candidates);
    expect(first?.type).toBe('paragraph');
    if (first?.type !== 'paragraph') return;
    expect(blockText(first)).toBe(
      'The harbour tunnel opened on Monday, two years after the original date. A second line of the same paragraph.',
    );
    expect(first.inlines).toContainEqual({ text: 'harbour tunnel', bold: true });
    expect(first.inlines).toContainEqual({ text: 'Monday', italic: true });
    expect(first.inlines).toContainEqual({ text: 'original date', href: 'https://example.org/plan' });
  });

  it('marks remote images as not embedded and keeps their caption', () => {
    const extraction = readMarkdown(article, 'tunnel.md');
    const image = keptBlocks(extraction.candidates).find((block) => block.type === 'image');
    expect(image).toMatchObject({
      type: 'image',
      remoteSrc: 'https://cdn.example.org/tunnel.jpg',
      alt: 'Workers in the tunnel',
      caption: [{ text: 'Workers finish the lining in January' }],
    });
    expect(image && 'src' in image).toBe(false);
    expect(extraction.warnings).toContainEqual({ code: 'remote-images', params: { count: 1 } });
  });

  it('flattens nested lists and keeps code as preformatted text', () => {
    const kept = keptBlocks(readMarkdown(article, 'tunnel.md').candidates);
    const lists = kept.filter((block) => block.type === 'list');
    expect(lists.map((list) => list.type === 'list' && list.ordered)).toEqual([false, true]);
    expect(blockText(lists[0] as Block)).toBe('Budget: £1.2bn\nFinal cost: £1.9bn\nof which overruns: £0.7bn');
    expect(kept.find((block) => block.type === 'preformatted')).toEqual({ type: 'preformatted', text: 'km  minutes\n1.2 3' });
  });

  it('lets no HTML or unsafe link through', () => {
    const extraction = readMarkdown(article, 'tunnel.md');
    const text = documentText(keptBlocks(extraction.candidates));
    expect(text).not.toMatch(/<|>|alert|javascript/);
    const last = keptBlocks(extraction.candidates).at(-1);
    expect(last && blockText(last)).toBe('Click here or read & share.');
    expect(last?.type === 'paragraph' && last.inlines.every((inline) => inline.href === undefined)).toBe(true);
  });

  it('uses the first heading as the title without front matter, and a data: image as src', () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const extraction = readMarkdown(
      `# 中亚峰会观察\n\n当中亚五国元首相继飞抵华盛顿,一场备受瞩目的地缘政治大戏拉开帷幕。\n\n![会场](${pixel})\n\n## 背景\n\n这次峰会正值该机制建立十周年。\n`,
      'summit.md',
    );
    expect(extraction.metadata.title).toBe('中亚峰会观察');
    expect(extraction.metadata.language).toBe('zh-CN');
    const kept = keptBlocks(extraction.candidates);
    expect(types(kept)).toEqual(['paragraph', 'image', 'heading', 'paragraph']);
    expect(kept[1]).toMatchObject({ type: 'image', src: pixel, alt: '会场' });
    expect(extraction.warnings).toEqual([]);
  });

  it('falls back to the file name when there is no heading', () => {
    const extraction = readMarkdown('Just one paragraph of notes about the council meeting.\n', 'notes/council-meeting.md');
    expect(extraction.metadata.title).toBe('council-meeting');
    expect(keptBlocks(extraction.candidates)).toHaveLength(1);
  });
});
