// Imported W3C annotations become claims when they anchor and carry a tag; the rest are returned with
// the reason. A second import of the same file adds nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAnnotationCollection } from '../../../src/core/exchange/annotation-export';
import { importAnnotations } from '../../../src/core/exchange/annotation-import';
import { ClaimlensDatabase } from '../../../src/db/database';
import { storeAnnotationDrafts } from '../../../src/ui/export/store-annotation-drafts';
import { reportInput, seedArticleInput } from '../report/fixtures';
import { sampleFiles } from '../exchange/w3c-annotation-suite';
import { storeInputs, tableCounts } from './library-rows';

let db: ClaimlensDatabase;

beforeEach(() => {
  db = new ClaimlensDatabase(`annotations-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('storeAnnotationDrafts', () => {
  it('turns our own exported annotations back into the same claims, with their sources, once', async () => {
    const seed = await seedArticleInput();
    const exported = JSON.parse(JSON.stringify(buildAnnotationCollection(reportInput([seed]))));
    await storeInputs(db, [{ article: seed.article, claims: [], links: [], sources: [] }]);
    const first = await storeAnnotationDrafts(db, seed.article, importAnnotations(exported, seed.article.text), 'Unknown');
    expect(first).toMatchObject({ added: seed.claims.length, alreadyHere: 0, notImported: [], skippedSourceUrls: [] });
    const claims = await db.claims.toArray();
    for (const original of seed.claims) {
      const back = claims.find((claim) => claim.id === original.id);
      expect(back, original.selectors.quote.exact).toMatchObject({ tag: original.tag, annotator: original.annotator, note: original.note, selectors: { position: original.selectors.position } });
    }
    expect(await db.claimSources.count()).toBe(seed.links.length);

    const before = await tableCounts(db);
    const second = await storeAnnotationDrafts(db, seed.article, importAnnotations(exported, seed.article.text), 'Unknown');
    expect(second).toMatchObject({ added: 0, alreadyHere: seed.claims.length });
    expect(await tableCounts(db)).toEqual(before);
  });

  it('lists the W3C suite’s correct annotations as not anchored here, and the rest with their reasons', async () => {
    const seed = await seedArticleInput();
    await storeInputs(db, [{ article: seed.article, claims: [], links: [], sources: [] }]);
    const collection = JSON.parse(sampleFiles('correct').find((s) => s.name === 'collection1.json')!.text);
    const parsed = importAnnotations(collection, seed.article.text);
    const result = await storeAnnotationDrafts(db, seed.article, parsed, 'Unknown');
    expect(result.added).toBe(0);
    expect(result.notImported).toHaveLength(parsed.drafts.length + parsed.rejected.length);
    const refsOf = (kind: string) => result.notImported.filter((entry) => entry.reason.kind === kind).map((entry) => entry.ref).sort();
    // The quotes are not in this text; the position-only ones point into the suite's own example pages.
    expect(refsOf('unanchored')).toEqual(['http://example.org/anno26', 'http://example.org/anno32']);
    expect(refsOf('other-document')).toEqual(['http://example.org/anno27', 'http://example.org/anno41']);
    expect(result.notImported.filter((entry) => entry.reason.kind === 'invalid').every((entry) => entry.reason.kind === 'invalid' && entry.reason.detail !== '')).toBe(true);
    expect(await db.claims.count()).toBe(0);
  });

  it('does not guess a tag: an anchored annotation without one is listed, not stored', async () => {
    const seed = await seedArticleInput();
    await storeInputs(db, [{ article: seed.article, claims: [], links: [], sources: [] }]);
    const exact = seed.claims[0]!.selectors.quote.exact;
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example.org/1',
      type: 'Annotation',
      creator: { type: 'Person', name: '李华' },
      body: [{ type: 'TextualBody', purpose: 'commenting', value: '值得核实' }, { type: 'SpecificResource', purpose: 'linking', source: 'ftp://files.example.org/x' }],
      target: { source: 'https://example.org/a', selector: { type: 'TextQuoteSelector', exact } },
    };
    const untagged = await storeAnnotationDrafts(db, seed.article, importAnnotations(annotation, seed.article.text), 'Unknown');
    expect(untagged.notImported).toEqual([{ ref: 'https://annotations.example.org/1', quote: exact, reason: { kind: 'no-tag' } }]);

    const tagged = { ...annotation, body: [...annotation.body, { type: 'TextualBody', purpose: 'tagging', value: 'opinion' }] };
    const stored = await storeAnnotationDrafts(db, seed.article, importAnnotations(tagged, seed.article.text), 'Unknown');
    expect(stored).toMatchObject({ added: 1, skippedSourceUrls: ['ftp://files.example.org/x'] });
    const [claim] = await db.claims.toArray();
    expect(claim).toMatchObject({ tag: 'opinion', annotator: '李华', note: '值得核实', selectors: { quote: { exact } } });
  });

  it('trusts a bare position only when the annotation names this article', async () => {
    const seed = await seedArticleInput();
    await storeInputs(db, [{ article: seed.article, claims: [], links: [], sources: [] }]);
    const { start, end } = seed.claims[0]!.selectors.position;
    const at = (source: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `https://annotations.example.org/${source.length}`,
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'fact' },
      target: { source, selector: { type: 'TextPositionSelector', start, end } },
    });
    const elsewhere = await storeAnnotationDrafts(db, seed.article, importAnnotations(at('https://example.org/another-page'), seed.article.text), 'Unknown');
    expect(elsewhere.notImported.map((entry) => entry.reason)).toEqual([{ kind: 'other-document', target: 'https://example.org/another-page' }]);
    const here = await storeAnnotationDrafts(db, seed.article, importAnnotations(at(`urn:sha256:${seed.article.contentHash}`), seed.article.text), 'Unknown');
    expect(here).toMatchObject({ added: 1, notImported: [] });
    expect((await db.claims.toArray())[0]).toMatchObject({ tag: 'fact', annotator: 'Unknown', selectors: { position: { start, end } } });
  });
});
