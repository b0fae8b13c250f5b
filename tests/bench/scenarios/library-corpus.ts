// Sentences of real prose for the Library bench: Chinese from the seed article and the Chinese
// readability pages, English from the English readability pages. Recombined in the page into articles.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedPath, SEED_PATH } from '../../shared-material';

const readability = sharedPath('corpora/readability/test/test-pages');

function plainText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

function chineseSentences(text: string): string[] {
  return (text.match(/[^。！？\n]+[。！？]/g) ?? []).map((s) => s.trim().replace(/^[\s\u3000]+/, '')).filter((s) => s.length >= 8 && s.length <= 160 && /\p{Script=Han}{4}/u.test(s));
}

function englishSentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= 40 && s.length <= 320 && /^[A-Z]/.test(s) && /[.!?]$/.test(s) && !/[\p{Script=Han}]/u.test(s));
}

export function loadBenchSentences(): { 'zh-CN': string[]; en: string[] } {
  const index = readFileSync(sharedPath('corpora/readability/INDEX.tsv'), 'utf8').split('\n').slice(1);
  const zhPages = ['gmw', 'youth', 'qq'];
  const enPages = index
    .map((line) => line.split('\t'))
    .filter((cells) => /^en/.test(cells[1] ?? ''))
    .map((cells) => cells[0]);
  const available = new Set(readdirSync(readability));
  const read = (page: string) => plainText(readFileSync(resolve(readability, page, 'expected.html'), 'utf8'));
  const zh = [
    ...chineseSentences(readFileSync(SEED_PATH, 'utf8')),
    ...zhPages.filter((p) => available.has(p)).flatMap((p) => chineseSentences(read(p))),
  ];
  const en = enPages.filter((p) => available.has(p)).flatMap((p) => englishSentences(read(p)));
  return { 'zh-CN': [...new Set(zh)], en: [...new Set(en)] };
}

/** Twenty queries per language, taken from the same sentences so each has hits. */
export function benchQueries(sentences: { 'zh-CN': string[]; en: string[] }): { 'zh-CN': string[]; en: string[] } {
  const zh = ['哈萨克斯坦', '中亚峰会'];
  for (let i = 0; zh.length < 20; i += 7) {
    const sentence = sentences['zh-CN'][(i * 13) % sentences['zh-CN'].length];
    const run = /\p{Script=Han}{4,}/u.exec(sentence.slice(i % 5))?.[0];
    if (run) zh.push(run.slice(0, 2 + (i % 4)));
  }
  const words = [...new Set(sentences.en.flatMap((s) => s.match(/\b[a-z]{6,}\b/g) ?? []))];
  const en: string[] = [];
  for (let i = 0; en.length < 20; i++) {
    const word = words[(i * 97) % words.length];
    // Every fourth query is a prefix, every fifth two words, as people type.
    en.push(i % 4 === 3 ? word.slice(0, 4) : i % 5 === 4 ? `${word} ${words[(i * 31) % words.length]}` : word);
  }
  return { 'zh-CN': [...new Set(zh)].slice(0, 20), en };
}
