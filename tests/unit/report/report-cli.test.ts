import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../run-cli-captured';
import { buildPack, serializePack } from '../../../src/core/exchange/pack';
import { parseCsv } from '../../../src/core/exchange/csv';
import { englishArticleInput, ENGLISH_QUOTES, seedArticleInput, SEED_QUOTES } from './fixtures';

const REPO = new URL('../../../', import.meta.url).pathname;
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
let dir = '';
let seedPack = '';
let englishPack = '';
let anaPack = '';


/**
 * Text of a PDF with all white space removed, so quotes broken across lines still match. `-raw` keeps
 * drawing order: the layout mode moves a digit set in a Latin font off its CJK line ("9月" -> "月…9").
 */
const pdfText = (path: string): string => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-report-test-'));
  const seed = await seedArticleInput();
  seedPack = join(dir, 'seed.pack.json');
  writeFileSync(seedPack, serializePack(buildPack(seed.article, seed.claims, seed.links, seed.sources, 'Lin Wei', '0.1.0', '2025-11-08T10:00:00.000Z')));
  const english = await englishArticleInput();
  englishPack = join(dir, 'english.pack.json');
  writeFileSync(englishPack, serializePack(buildPack(english.article, english.claims, english.links, english.sources, 'Lin Wei', '0.1.0', '2025-11-08T10:00:00.000Z')));
  anaPack = join(dir, 'ana.pack.json');
  writeFileSync(anaPack, serializePack(buildPack(english.article, english.claims, english.links, english.sources, 'Ana <admin>', '0.1.0', '2025-11-08T10:00:00.000Z')));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claimlens report', () => {
  it.skipIf(!existsSync(CHROMIUM))('renders a PDF through headless Chromium with every claim quote in it, Chinese included', () => {
    const pdf = join(dir, 'seed.pdf');
    // Run the real command line, as a user would.
    const run = spawnSync(process.execPath, [join(REPO, 'bin/claimlens.mjs'), 'report', seedPack, '--format', 'pdf', '--lang', 'zh-CN', '--out', pdf], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    const lin = [SEED_QUOTES.resources, SEED_QUOTES.locomotives, SEED_QUOTES.boeing, SEED_QUOTES.reshape, SEED_QUOTES.summit];
    for (const quote of lin) expect(text).toContain(quote.replace(/\s+/g, ''));
    expect(text).not.toContain(SEED_QUOTES.anxiety); // another annotator's claim is not in Lin Wei's pack
    expect(text).toContain('文章地图');
  }, 120_000);

  it.skipIf(!existsSync(CHROMIUM))('renders the English sample to PDF, and another annotator’s pack with its emoji quote', async () => {
    const pdf = join(dir, 'english.pdf');
    const result = await cli(['report', englishPack, '--format=pdf', '--out', pdf]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const text = pdfText(pdf);
    for (const quote of [ENGLISH_QUOTES.vote, ENGLISH_QUOTES.reckless, ENGLISH_QUOTES.families, ENGLISH_QUOTES.petition]) expect(text).toContain(quote.replace(/\s+/g, ''));
    const anaPdf = join(dir, 'ana.pdf');
    expect((await cli(['report', anaPack, '--format', 'pdf', '--out', anaPdf])).code).toBe(0);
    const anaText = pdfText(anaPdf);
    // The emoji may come out as its glyph or not at all, depending on the fonts installed.
    expect(anaText).toMatch(/themoney(🙂)?wouldfund40newteachers/);
    expect(anaText).toContain('Ana<admin>');
  }, 120_000);

  it('writes HTML, Markdown, CSV, JSON-LD and ClaimReview with the same builders', async () => {
    const html = await cli(['report', seedPack, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    const md = await cli(['report', seedPack, '--format', 'md', '--lang', 'zh-CN']);
    expect(md.stdout).toContain('## 图例');
    const csvPath = join(dir, 'claims.csv');
    expect((await cli(['report', seedPack, '--format', 'csv', '--per-source', '--out', csvPath])).code).toBe(0);
    const rows = parseCsv(readFileSync(csvPath, 'utf8'));
    expect(rows[0]).toContain('stance');
    expect(rows.length - 1).toBe(6); // five claims, one of them with two sources
    const jsonld = JSON.parse((await cli(['report', seedPack, '--format', 'jsonld'])).stdout);
    expect(jsonld.type).toBe('AnnotationCollection');
    expect(jsonld.total).toBe(5);
    const reviews = JSON.parse((await cli(['report', seedPack, '--format', 'claimreview'])).stdout);
    expect(reviews).toHaveLength(3);
    const filtered = await cli(['report', seedPack, '--format', 'md', '--tags', 'opinion', '--no-notes']);
    expect(filtered.stdout).not.toContain('协议金额');
  });

  it('refuses a bad pack with one line and exit code 1', async () => {
    const bad = join(dir, 'bad.pack.json');
    const pack = JSON.parse(readFileSync(seedPack, 'utf8'));
    pack.claims[3].tag = 'rumour';
    writeFileSync(bad, JSON.stringify(pack));
    const result = await cli(['report', bad, '--format', 'html']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`claimlens report: ${bad}: claims[3].tag must be one of opinion, fact, unsupported\n`);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await cli(['report', join(dir, 'nope.json'), '--format', 'html']);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such file\.\n$/) });
    const noFormat = await cli(['report', seedPack]);
    expect(noFormat).toMatchObject({ code: 1, stderr: expect.stringMatching(/--format/) });
    const badLang = await cli(['report', seedPack, '--format', 'html', '--lang', 'fr']);
    expect(badLang.stderr).toMatch(/unknown language/);
  });
});
