import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import { buildPack, parsePack, serializePack } from '../../../src/core/exchange/pack';
import type { Pack } from '../../../src/core/exchange/pack';
import { packStructureProblem } from '../../../src/core/exchange/pack-structure';
import { contentHash, documentText } from '../../../src/core/document-text';
import type { Block } from '../../../src/core/model';
import { emptyArticleInput, englishArticleInput, makeArticle, makeClaim, seedArticleInput } from '../report/fixtures';
import type { ReportArticleInput } from '../../../src/core/report/report-input';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/claimlens-pack.schema.json', import.meta.url), 'utf8'));
const validateWithSchema = new Ajv({ allErrors: true, strict: true }).compile(schema);

const packOf = (input: ReportArticleInput, annotator = 'Lin Wei'): Pack =>
  buildPack(input.article, input.claims, input.links, input.sources, annotator, '0.1.0', '2025-11-08T10:00:00.000Z');
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** ajv's error locations in our notation: `/claims/3/tag` becomes `claims[3].tag`. */
function ajvPaths(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (error.keyword === 'required') parts.push(String((error.params as { missingProperty: string }).missingProperty));
    return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
  });
}

async function richArticle(): Promise<ReportArticleInput> {
  const blocks: Block[] = [
    { type: 'heading', level: 1, inlines: [{ text: 'Heading', bold: true }] },
    { type: 'paragraph', inlines: [{ text: 'Read ' }, { text: 'this', href: 'https://example.org', italic: true }] },
    { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two' }]] },
    { type: 'image', src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'chart', caption: [{ text: 'A chart' }] },
    { type: 'image', remoteSrc: 'https://example.org/x.png', alt: '', caption: [] },
    { type: 'quote', inlines: [{ text: 'Quoted words' }] },
    { type: 'preformatted', text: 'code  block' },
  ];
  const article = await makeArticle(blocks, { title: 'Rich' });
  const claim = makeClaim(article, 'Quoted words', 'opinion');
  return { article, claims: [claim], links: [], sources: [] };
}

describe('packs', () => {
  it('round-trips an article with one annotator’s claims, links and sources', async () => {
    const seed = await seedArticleInput();
    const pack = packOf(seed);
    expect(pack.claims.map((c) => c.annotator)).toEqual(Array(5).fill('Lin Wei'));
    expect(pack.sources).toHaveLength(3);
    const parsed = await parsePack(serializePack(pack));
    expect(parsed).toEqual({ ok: true, pack: clone(pack) });
    // The other annotator gets a pack of their own, with no links or sources they did not use.
    const teacher = packOf(seed, '王老师');
    expect(teacher.claims).toHaveLength(1);
    expect(teacher.sources).toEqual([]);
    expect((await parsePack(serializePack(teacher))).ok).toBe(true);
  });

  const refusals: [string, (pack: Pack) => unknown, RegExp][] = [
    ['wrong format', (p) => ({ ...p, format: 'something-else' }), /^format must be "claimlens-pack"/],
    ['newer format version', (p) => ({ ...p, formatVersion: 2 }), /^formatVersion must be 1/],
    ['missing field', (p) => { const { exportedAt: _, ...rest } = p; return rest; }, /^exportedAt is missing/],
    ['missing claim field', (p) => { delete (p.claims[2] as Partial<Pack['claims'][number]>).selectors; return p; }, /^claims\[2\]\.selectors is missing/],
    ['bad tag', (p) => { (p.claims[3] as { tag: string }).tag = 'rumour'; return p; }, /^claims\[3\]\.tag must be one of opinion, fact, unsupported$/],
    ['bad stance', (p) => { (p.links[1] as { stance: string }).stance = 'agrees'; return p; }, /^links\[1\]\.stance must be one of supports, contradicts, context$/],
    ['bad reliability', (p) => { (p.sources[0] as { reliability: string }).reliability = 'great'; return p; }, /^sources\[0\]\.reliability must be one of/],
    ['hash mismatch', (p) => { p.article.contentHash = '0'.repeat(64); return p; }, /^article\.contentHash does not match the article text/],
    ['text edited', (p) => { p.article.text = p.article.text.replace('中亚', '中东'); return p; }, /^article\.text does not match/],
    ['selector outside text', (p) => { p.claims[1]!.selectors.position = { type: 'TextPositionSelector', start: 20000, end: 20010 }; return p; }, /^claims\[1\]\.selectors\.position \(20000\.\.20010\) is not a range inside the article text/],
    ['quote not at position', (p) => { p.claims[0]!.selectors.position.start += 1; p.claims[0]!.selectors.position.end += 1; return p; }, /^claims\[0\]\.selectors\.quote\.exact is not the text at/],
    ['negative offset', (p) => { p.claims[0]!.selectors.position.start = -1; return p; }, /^claims\[0\]\.selectors\.position\.start must be a whole number/],
    ['other annotator', (p) => { p.claims[0]!.annotator = 'Someone else'; return p; }, /^claims\[0\]\.annotator must be the pack’s annotator/],
    ['dangling link', (p) => { p.links[0]!.sourceId = 'nope'; return p; }, /^links\[0\]\.sourceId names no source/],
    ['bad block', (p) => { (p.article.blocks[0] as { type: string }).type = 'table'; return p; }, /^article\.blocks\[0\]\.type must be one of heading/],
    ['not an object', () => [1, 2], /^the pack must be an object$/],
  ];

  it.each(refusals)('refuses a pack with %s, naming the field', async (_name, mutate, expected) => {
    const pack = clone(packOf(await seedArticleInput()));
    const result = await parsePack(JSON.stringify(mutate(pack)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(expected);
  });

  it('refuses a file that is not JSON with one line', async () => {
    const result = await parsePack('{"format": "claimlens-pack",');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/^not a pack: the file is not JSON/);
  });

  it('says why as a code with the field and parameters, for the app to say in its language', async () => {
    const tagged = clone(packOf(await seedArticleInput()));
    (tagged.claims[3] as { tag: string }).tag = 'rumour';
    expect(await parsePack(JSON.stringify(tagged))).toMatchObject({
      ok: false,
      problem: { path: 'claims[3].tag', code: 'not-one-of', params: { allowed: 'opinion, fact, unsupported' } },
    });
    const edited = clone(packOf(await seedArticleInput()));
    edited.article.contentHash = '0'.repeat(64);
    expect(await parsePack(JSON.stringify(edited))).toMatchObject({ ok: false, problem: { path: 'article.contentHash', code: 'hash-mismatch' } });
    expect(await parsePack('[1, 2]')).toMatchObject({ ok: false, problem: { path: '', code: 'pack-not-object' } });
    expect(await parsePack('{')).toMatchObject({ ok: false, problem: { code: 'not-json' } });
  });

  it('keeps an orphaned claim whatever its stale offsets', async () => {
    const pack = clone(packOf(await englishArticleInput()));
    pack.claims[0] = { ...pack.claims[0]!, orphaned: true, selectors: { ...pack.claims[0]!.selectors, position: { type: 'TextPositionSelector', start: 9000, end: 9010 } } };
    expect((await parsePack(JSON.stringify(pack))).ok).toBe(true);
  });

  it('the hand-written shape check and the JSON Schema (via ajv) agree on many good and bad packs', async () => {
    const goods: Pack[] = [
      packOf(await seedArticleInput()),
      packOf(await englishArticleInput()),
      packOf(await englishArticleInput(), 'Ana <admin>'),
      packOf(await emptyArticleInput(), 'Nobody'),
      packOf(await richArticle()),
    ];
    const candidates: { name: string; value: unknown }[] = goods.map((g, i) => ({ name: `good ${i}`, value: clone(g) }));
    const base = goods[0]!;
    // The mutations deliberately write wrongly typed values anywhere in a pack, so the copy is untyped.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Untyped = Record<string, any>;
    const mutate = (name: string, change: (p: Untyped) => unknown): void => {
      const copy = clone(base) as Untyped;
      const result = change(copy);
      candidates.push({ name, value: result === undefined ? copy : result });
    };
    const topKeys = ['format', 'formatVersion', 'appVersion', 'exportedAt', 'annotator', 'article', 'claims', 'links', 'sources'];
    for (const key of topKeys) mutate(`no ${key}`, (p) => void delete p[key]);
    for (const key of topKeys) mutate(`${key} is null`, (p) => void (p[key] = null));
    for (const key of Object.keys(base.article)) mutate(`article without ${key}`, (p) => void delete p['article'][key]);
    for (const key of Object.keys(base.article)) mutate(`article.${key} is a number`, (p) => void (p['article'][key] = 7));
    for (const key of Object.keys(base.claims[0]!)) mutate(`claim without ${key}`, (p) => void delete p['claims'][4][key]);
    for (const key of Object.keys(base.claims[0]!)) mutate(`claim.${key} is a list`, (p) => void (p['claims'][1][key] = []));
    for (const key of Object.keys(base.links[0]!)) mutate(`link without ${key}`, (p) => void delete p['links'][0][key]);
    for (const key of Object.keys(base.sources[0]!)) mutate(`source.${key} is false`, (p) => void (p['sources'][2][key] = false));
    mutate('formatVersion "1"', (p) => void (p['formatVersion'] = '1'));
    mutate('empty annotator', (p) => void (p['annotator'] = ''));
    mutate('exportedAt not a timestamp', (p) => void (p['exportedAt'] = 'yesterday'));
    mutate('uppercase hash', (p) => void (p['article']['contentHash'] = p['article']['contentHash'].toUpperCase()));
    mutate('claims not a list', (p) => void (p['claims'] = {}));
    mutate('claim is a string', (p) => void (p['claims'][0] = 'claim'));
    mutate('tag in capitals', (p) => void (p['claims'][0]['tag'] = 'Fact'));
    mutate('empty exact', (p) => void (p['claims'][0]['selectors']['quote']['exact'] = ''));
    mutate('quote selector type', (p) => void (p['claims'][0]['selectors']['quote']['type'] = 'TextPositionSelector'));
    mutate('position not whole', (p) => void (p['claims'][0]['selectors']['position']['end'] = 3.5));
    mutate('position as text', (p) => void (p['claims'][0]['selectors']['position']['start'] = '3'));
    mutate('no position', (p) => void delete p['claims'][0]['selectors']['position']);
    mutate('orphaned as text', (p) => void (p['claims'][0]['orphaned'] = 'no'));
    mutate('empty claim id', (p) => void (p['claims'][0]['id'] = ''));
    mutate('stance capitalised', (p) => void (p['links'][0]['stance'] = 'Supports'));
    mutate('archivedText number', (p) => void (p['sources'][0]['archivedText'] = 1));
    mutate('archivedText text', (p) => void (p['sources'][0]['archivedText'] = 'kept page'));
    mutate('extra top-level field', (p) => void (p['comment'] = 'added by a later version'));
    mutate('heading level 7', (p) => void (p['article']['blocks'] = [{ type: 'heading', level: 7, inlines: [] }]));
    mutate('heading without inlines', (p) => void (p['article']['blocks'] = [{ type: 'heading', level: 2 }]));
    mutate('paragraph inline without text', (p) => void (p['article']['blocks'] = [{ type: 'paragraph', inlines: [{ bold: true }] }]));
    mutate('inline href number', (p) => void (p['article']['blocks'] = [{ type: 'paragraph', inlines: [{ text: 'a', href: 5 }] }]));
    mutate('list items not lists', (p) => void (p['article']['blocks'] = [{ type: 'list', ordered: false, items: ['a'] }]));
    mutate('list ordered missing', (p) => void (p['article']['blocks'] = [{ type: 'list', items: [] }]));
    mutate('image with remote src', (p) => void (p['article']['blocks'] = [{ type: 'image', src: 'https://evil.example/x.png', alt: '', caption: [] }]));
    mutate('image without caption', (p) => void (p['article']['blocks'] = [{ type: 'image', alt: '' }]));
    mutate('preformatted without text', (p) => void (p['article']['blocks'] = [{ type: 'preformatted' }]));
    mutate('block without type', (p) => void (p['article']['blocks'] = [{ inlines: [] }]));
    mutate('block is null', (p) => void (p['article']['blocks'] = [null]));

    expect(candidates.length).toBeGreaterThan(100);
    let bad = 0;
    for (const { name, value } of candidates) {
      const schemaValid = validateWithSchema(value) as boolean;
      const problem = packStructureProblem(value);
      expect({ name, schemaValid }).toEqual({ name, schemaValid: problem === null });
      if (problem) {
        bad += 1;
        expect(ajvPaths(validateWithSchema.errors), `${name}: ${problem.path}`).toContain(problem.path);
      }
    }
    expect(bad).toBeGreaterThan(90);
  });

  it('rebuilds the same text and hash the pack declares', async () => {
    const pack = packOf(await richArticle());
    expect(documentText(pack.article.blocks)).toBe(pack.article.text);
    expect(contentHash(pack.article.text)).toBe(pack.article.contentHash);
  });
});
