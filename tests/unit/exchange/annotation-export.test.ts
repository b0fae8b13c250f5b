import { describe, expect, it } from 'vitest';
import { buildAnnotationCollection } from '../../../src/core/exchange/annotation-export';
import { codePointToUtf16Offset, utf16ToCodePointOffset } from '../../../src/core/exchange/code-points';
import type { WebAnnotation, WebTextPositionSelector } from '../../../src/core/exchange/web-annotation-model';
import { STANCE_PROPERTY } from '../../../src/core/exchange/web-annotation-model';
import { ENGLISH_QUOTES, emptyArticleInput, englishArticleInput, reportInput, seedArticleInput } from '../report/fixtures';
import { failedAnnotationMusts, failedCollectionMusts, failedPageMusts } from './w3c-annotation-suite';

async function exported() {
  const articles = [await seedArticleInput(), await englishArticleInput(), await emptyArticleInput()];
  const collection = buildAnnotationCollection(reportInput(articles));
  const pages = [collection.first!, ...(collection['@included'] ?? [])];
  return { articles, collection, pages, annotations: pages.flatMap((p) => p.items) };
}

describe('W3C Web Annotation export', () => {
  it('meets every MUST of the W3C test suite for each annotation, page and the collection', async () => {
    const { collection, pages, annotations } = await exported();
    expect(annotations).toHaveLength(11);
    for (const annotation of annotations) expect({ id: annotation.id, failed: failedAnnotationMusts(annotation) }).toEqual({ id: annotation.id, failed: [] });
    // Pages and collection are checked through JSON round trips so nothing relies on object identity.
    for (const page of pages) expect(failedPageMusts(JSON.parse(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...page })))).toEqual([]);
    expect(failedCollectionMusts(JSON.parse(JSON.stringify(collection)))).toEqual([]);
    expect(collection.total).toBe(11);
    expect(pages).toHaveLength(2);
    expect(pages[1]!.startIndex).toBe(6);
    expect(pages[0]!.next).toBe(pages[1]!.id);
  });

  it('really rejects annotations that break a MUST', async () => {
    const { annotations } = await exported();
    const good = JSON.parse(JSON.stringify(annotations[0])) as Record<string, unknown>;
    const noContext = { ...good };
    delete noContext['@context'];
    expect(failedAnnotationMusts(noContext)).toContain('annotations/3.1-annotationContextValidated.json');
    expect(failedAnnotationMusts({ ...good, created: 'yesterday' })).toContain('annotations/3.3.1-annotationCreatedValidated.json');
    expect(failedAnnotationMusts({ ...good, body: [{ type: 'TextualBody', purpose: 'tagging' }] }).length).toBeGreaterThan(0);
    expect(failedAnnotationMusts({ ...good, target: { selector: { type: 'TextQuoteSelector' } }, id: 'not a uri' }).length).toBeGreaterThan(1);
  });

  it('writes tag, note, sources with stance, creator and both selectors', async () => {
    const { annotations, articles } = await exported();
    const boeing = annotations.find((a) => a.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact.startsWith('乌兹别克斯坦')))!;
    expect(boeing['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(boeing.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(boeing.body[0]).toEqual({ type: 'TextualBody', purpose: 'tagging', value: 'fact' });
    const linking = boeing.body.filter((b) => b.purpose === 'linking');
    expect(linking.map((b) => b.type === 'SpecificResource' && b[STANCE_PROPERTY])).toEqual(['supports', 'contradicts']);
    expect(boeing.creator).toEqual({ type: 'Person', name: 'Lin Wei' });
    expect(boeing.target.source).toBe(articles[0]!.article.sourceUrl);
    const noted = annotations.find((a) => a.body.some((b) => b.purpose === 'commenting' && b.value.includes('稀土')));
    expect(noted).toBeDefined();
  });

  it('counts TextPositionSelector offsets in code points, not UTF-16 units', async () => {
    const { annotations, articles } = await exported();
    const text = articles[1]!.article.text;
    const start16 = text.indexOf(ENGLISH_QUOTES.emoji);
    const emojiAnnotation = annotations.find((a: WebAnnotation) => a.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === ENGLISH_QUOTES.emoji))!;
    const position = emojiAnnotation.target.selector.find((s): s is WebTextPositionSelector => s.type === 'TextPositionSelector')!;
    expect(position.start).toBe(start16); // nothing astral before the quote
    expect(position.end - position.start).toBe([...ENGLISH_QUOTES.emoji].length);
    expect(position.end - position.start).toBe(ENGLISH_QUOTES.emoji.length - 1);
    // A later claim is shifted by one: the emoji is two code units but one code point.
    const petition = annotations.find((a) => a.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === ENGLISH_QUOTES.petition))!;
    const petitionPosition = petition.target.selector.find((s): s is WebTextPositionSelector => s.type === 'TextPositionSelector')!;
    expect(petitionPosition.start).toBe(text.indexOf(ENGLISH_QUOTES.petition) - 1);
    expect(codePointToUtf16Offset(text, petitionPosition.start)).toBe(text.indexOf(ENGLISH_QUOTES.petition));
  });

  it('converts between code units and code points both ways', () => {
    const text = 'a🙂b𠀀c中';
    expect(utf16ToCodePointOffset(text, 0)).toBe(0);
    expect(utf16ToCodePointOffset(text, 3)).toBe(2);
    expect(utf16ToCodePointOffset(text, 2)).toBe(2); // inside the pair: counts the whole emoji
    expect(utf16ToCodePointOffset(text, text.length)).toBe(6);
    expect(codePointToUtf16Offset(text, 2)).toBe(3);
    expect(codePointToUtf16Offset(text, 4)).toBe(6);
    expect(codePointToUtf16Offset(text, 6)).toBe(text.length);
    expect(codePointToUtf16Offset(text, 7)).toBeNull();
  });

  it('uses urn:sha256 when the article has no web address, and exports an orphan with its quote only', async () => {
    const input = await englishArticleInput();
    input.article = { ...input.article, sourceUrl: '' };
    input.claims[0] = { ...input.claims[0]!, orphaned: true };
    const collection = buildAnnotationCollection(reportInput([input]));
    const items = collection.first!.items;
    expect(items[0]!.target.source).toBe(`urn:sha256:${input.article.contentHash}`);
    const orphan = items.find((a) => a.id === `urn:uuid:${input.claims[0]!.id}`)!;
    expect(orphan.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    for (const annotation of items) expect(failedAnnotationMusts(annotation)).toEqual([]);
  });

  it('exports an empty collection without pages when there are no claims', async () => {
    const collection = buildAnnotationCollection(reportInput([await emptyArticleInput()]));
    expect(collection.total).toBe(0);
    expect(collection.first).toBeUndefined();
    expect(failedCollectionMusts(collection)).toEqual([]);
  });
});
