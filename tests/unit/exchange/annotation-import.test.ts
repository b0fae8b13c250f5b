import { describe, expect, it } from 'vitest';
import { buildAnnotationCollection } from '../../../src/core/exchange/annotation-export';
import { annotationProblems } from '../../../src/core/exchange/annotation-structure';
import { importAnnotations, importAnnotationsFromText } from '../../../src/core/exchange/annotation-import';
import { ENGLISH_QUOTES, englishArticleInput, reportInput, seedArticleInput, SEED_QUOTES } from '../report/fixtures';
import { failedAnnotationMusts, sampleFiles } from './w3c-annotation-suite';

/** Several incorrect samples also carry a trailing comma; without it, each must still fail for its real flaw. */
const withoutTrailingCommas = (text: string): string => text.replace(/,(\s*[}\]])/g, '$1');

/** The flaw each incorrect sample is about (its "label"), as a word our reason must mention. */
const EXPECTED_REASON: Record<string, RegExp> = {
  'anno2.json': /@context/, 'anno3.json': /@context/, 'anno4.json': /@context/, 'anno5.json': /@context/,
  'anno6.json': /\bid\b/, 'anno7.json': /\bid\b/, 'anno8.json': /type/, 'anno9.json': /type/,
  'anno10.json': /target is missing/, 'anno11.json': /target/, 'anno12.json': /body is a string but not an IRI/,
  'anno13.json': /body\.id/, 'anno14.json': /body\.format/, 'anno16.json': /textDirection/,
  'anno17.json': /TextualBody/, 'anno18.json': /TextualBody/, 'anno19.json': /body and bodyValue/,
  'anno20.json': /bodyValue/, 'anno21.json': /bodyValue/, 'anno22.json': /more than one of the types/,
  'anno23.json': /processingLanguage/, 'anno24.json': /textDirection/, 'anno25.json': /items/,
  'anno26.json': /creator/, 'anno27.json': /generator/, 'anno28.json': /created/, 'anno29.json': /modified/,
  'anno30.json': /generated/, 'anno31.json': /modified/, 'anno32.json': /created/, 'anno33.json': /generated/,
  'anno34.json': /rights/, 'anno35.json': /via/, 'anno36.json': /canonical/, 'anno37.json': /source/,
  'anno38.json': /FragmentSelector/, 'anno39.json': /FragmentSelector/,
  // anno15 misspells "language" as "langauage", so its only real flaw is the two ids.
  'anno15.json': /\bid\b/,
};

describe('W3C Web Annotation import: structural checks', () => {
  it('rejects every incorrect sample of the W3C suite with a reason, as the file and with trailing commas removed', () => {
    const samples = sampleFiles('incorrect');
    expect(samples.length).toBeGreaterThanOrEqual(39);
    for (const { name, text } of samples) {
      const raw = importAnnotationsFromText(text);
      expect(raw.drafts, name).toEqual([]);
      expect(raw.rejected.length, name).toBeGreaterThan(0);
      expect(raw.rejected[0]!.reason, name).not.toBe('');
      if (name === 'anno1.json') {
        expect(raw.rejected[0]!.reason).toMatch(/not JSON/);
        continue;
      }
      const repaired = importAnnotationsFromText(withoutTrailingCommas(text));
      expect(repaired.drafts, name).toEqual([]);
      expect(repaired.rejected, name).toHaveLength(1);
      expect(repaired.rejected[0]!.reason, name).toMatch(EXPECTED_REASON[name] ?? /^$/);
    }
  });

  it('agrees with the W3C schemas: what the suite finds broken, the code finds broken', () => {
    for (const { name, text } of sampleFiles('incorrect')) {
      if (name === 'anno1.json') continue;
      const json = JSON.parse(withoutTrailingCommas(text));
      expect(failedAnnotationMusts(json).length, name).toBeGreaterThan(0);
      expect(annotationProblems(json).length, name).toBeGreaterThan(0);
    }
  });

  it('accepts every correct annotation sample and turns the ones with a text target into drafts', () => {
    const usable: string[] = [];
    for (const { name, text } of sampleFiles('correct')) {
      const json = JSON.parse(text);
      if (json.type !== 'Annotation') continue;
      expect({ name, problems: annotationProblems(json) }).toEqual({ name, problems: [] });
      const result = importAnnotations(json);
      if (result.drafts.length > 0) usable.push(name);
      else expect(result.rejected[0]!.reason, name).toMatch(/TextQuoteSelector or TextPositionSelector/);
    }
    expect(usable.sort()).toEqual(['anno26.json', 'anno27.json', 'anno32.json', 'anno41-example44.json']);
    const quote = importAnnotations(JSON.parse(sampleFiles('correct').find((s) => s.name === 'anno26.json')!.text)).drafts[0]!;
    expect(quote).toMatchObject({ exact: 'anotation', prefix: 'this is an ', suffix: ' that has some', annotationId: 'http://example.org/anno26' });
  });

  it('reads the suite collection and pages, where embedded annotations inherit @context', () => {
    const collection = JSON.parse(sampleFiles('correct').find((s) => s.name === 'collection1.json')!.text);
    const result = importAnnotations(collection);
    expect(result.drafts.map((d) => d.annotationId).sort()).toEqual(['http://example.org/anno26', 'http://example.org/anno27', 'http://example.org/anno32', 'http://example.org/anno41']);
    expect(result.rejected.every((r) => r.reason !== '')).toBe(true);
    const page = JSON.parse(sampleFiles('correct').find((s) => s.name === 'example42.json')!.text);
    expect(importAnnotations(page).rejected.every((r) => !/@context/.test(r.reason))).toBe(true);
    const remote = JSON.parse(sampleFiles('correct').find((s) => s.name === 'example41.json')!.text);
    expect(importAnnotations(remote).rejected[0]!.reason).toMatch(/not embedded/);
  });
});

describe('W3C Web Annotation import: round trip with our export', () => {
  it('brings back tag, note, annotator, sources with stance and UTF-16 positions, emoji included', async () => {
    const english = await englishArticleInput();
    const seed = await seedArticleInput();
    const exported = JSON.parse(JSON.stringify(buildAnnotationCollection(reportInput([english]))));
    const result = importAnnotations(exported, english.article.text);
    expect(result.rejected).toEqual([]);
    expect(result.drafts).toHaveLength(english.claims.length);
    expect(result.anchored).toBe(english.claims.length);
    for (const claim of english.claims) {
      const draft = result.drafts.find((d) => d.annotationId === `urn:uuid:${claim.id}`)!;
      expect(draft).toMatchObject({ tag: claim.tag, note: claim.note.trim() ? claim.note : '', annotator: claim.annotator, exact: claim.selectors.quote.exact });
      expect([draft.start, draft.end]).toEqual([claim.selectors.position.start, claim.selectors.position.end]);
      expect(draft.anchor).toEqual({ kind: 'exact-position', start: claim.selectors.position.start, end: claim.selectors.position.end });
    }
    const petition = result.drafts.find((d) => d.exact === ENGLISH_QUOTES.petition)!;
    expect(petition.start).toBe(english.article.text.indexOf(ENGLISH_QUOTES.petition));
    const contested = result.drafts.find((d) => d.exact === ENGLISH_QUOTES.emoji)!;
    // The blog source has a javascript: URL, so it travels by its urn:uuid id.
    expect(contested.sources).toEqual([{ url: `urn:uuid:${english.sources[1]!.id}`, stance: 'contradicts' }]);

    // Annotations of the English article do not anchor in the Chinese one: reported as orphans.
    const elsewhere = importAnnotations(exported, seed.article.text);
    expect(elsewhere.unanchored).toBe(english.claims.length);
  });

  it('imports Chinese annotations made on the seed article', async () => {
    const seed = await seedArticleInput();
    const exported = JSON.parse(JSON.stringify(buildAnnotationCollection(reportInput([seed], 'zh-CN'))));
    const result = importAnnotations(exported, seed.article.text);
    expect(result.anchored).toBe(seed.claims.length);
    const boeing = result.drafts.find((d) => d.exact === SEED_QUOTES.boeing)!;
    expect(boeing.sources.map((s) => s.stance)).toEqual(['supports', 'contradicts']);
    expect(boeing.targetSource).toBe(seed.article.sourceUrl);
  });

  it('reports unusable input instead of dropping it', () => {
    expect(importAnnotations(42).rejected[0]!.reason).toMatch(/JSON object/);
    const result = importAnnotations([
      { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:1', type: 'Annotation', target: 'http://example.org/page' },
      { id: 'urn:uuid:2', type: 'Annotation', target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
    ]);
    expect(result.rejected.map((r) => r.ref)).toEqual(['urn:uuid:1', 'urn:uuid:2']);
    expect(result.rejected[1]!.reason).toMatch(/@context is missing/);
  });
});
