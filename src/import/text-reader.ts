// Reads plain text copied from a news web page: finds the article (title, body, image captions, author,
// date) among the portal's breadcrumbs, share widgets, disclaimers, "related" lists and author panel.
//
// How it decides, from general evidence rather than per-portal rules:
//
// 1. Units. Each non-blank line is a unit, except that a run of lines that looks hard-wrapped (similar
//    widths, most not ending a sentence) is joined back into one paragraph.
// 2. Body run. Every unit gets a score: prose (enough characters, with sentence ends or several pauses)
//    scores its size, counting a Han character as 1 and a Latin letter or digit as 0.4; a line matching a
//    boilerplate cue (分享至, 相关推荐, 免责声明, Share, Related, Advertisement, …), an author-panel counter,
//    a line repeated elsewhere in the page, a date or a byline scores strongly negative, a section heading
//    such as 相关推荐/Related/Comments more so; any other short line costs a little. The body is the contiguous run with the highest total (maximum-sum subarray):
//    long paragraphs pull it together, cue lines and repeated headlines cut it off, and a caption or
//    subheading between paragraphs costs too little to split it.
// 3. Title. Among the dozen units before the body (and the first unit of the body), the best title is a
//    line of headline length, not ending in a full stop, close to the body, and sharing words (or Han
//    character pairs) with the first paragraphs.
// 4. Inside the body, a short line without a sentence end is an image caption when an extra blank gap
//    (where the picture was) stands before it or it carries a photo credit, otherwise a subheading.
// 5. Outside the body, each unit is removed with the reason its cue gives; after the body, a section
//    heading ("related", comments, author) makes the lines after it part of that section. What is left before the body is
//    navigation, after it boilerplate; a prose paragraph between title and body (a standfirst) is kept.
// 6. Metadata. The author comes from a byline near the title ("By …", "作者:", "文/") or else from the name
//    line just above an author panel's counters ("2919文章数 8311关注度"); the date from a date line near
//    the title or byline (a "Published" one first), else the date line next to the author panel's name.
import { blockText } from '../core/document-text';
import type { ArticleMetadata, Block } from '../core/model';
import type { CandidateBlock, Extraction, RemovalReason } from './extraction';
import type { ImportWarning } from './import-notices';
import { CAPTION_CREDIT_AT_END, CAPTION_CUE, cueOf, isAuthorCounterLine, type Cue } from './text-boilerplate-cues';
import { bylineAuthor, copyrightHolder, nameOnLine, sourceLabel } from './text-bylines';
import { findDate, isDateLine, type FoundDate } from './text-date-patterns';
import { plainInlines } from './text-inline-runs';
import { guessLanguage } from './text-language';
import { displayWidth, joinLines } from './text-line-joining';

interface Unit {
  text: string;
  /** Blank lines before this unit in the file. */
  blankBefore: number;
  /** How many units share its block of lines with no blank line between them (1 when alone). */
  groupSize: number;
  /** Amount of content: Han/kana/Hangul characters count 1, other letters and digits 0.4. */
  size: number;
  sentenceEnds: number;
  pauses: number;
  endsSentence: boolean;
  prose: boolean;
  repeated: boolean;
  cue?: Cue;
  date?: FoundDate;
  byline?: string;
  counter: boolean;
  captionCue: boolean;
}

const WIDE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const NARROW_CHAR = /[\p{L}\p{N}]/gu;
const SENTENCE_END = /[。！？]|[.!?…](?=["'”’」』)）\]]*(?:\s|$))/gu;
// Informal Chinese writing often separates clauses with a space instead of a comma.
const PAUSE = /[,，、;；:：]|(?<=\p{Script=Han})[ \u3000](?=\p{Script=Han})/gu;
const TRAILING_CLOSERS = /["'”’」』)）\]\s]+$/u;

function contentSize(text: string): number {
  const wide = text.match(WIDE_CHAR)?.length ?? 0;
  const all = text.match(NARROW_CHAR)?.length ?? 0;
  return wide + (all - wide) * 0.4;
}

function describe(text: string, blankBefore: number, groupSize: number): Unit {
  const size = contentSize(text);
  const sentenceEnds = text.match(SENTENCE_END)?.length ?? 0;
  const pauses = text.match(PAUSE)?.length ?? 0;
  const date = isDateLine(text);
  return {
    text,
    blankBefore,
    groupSize,
    size,
    sentenceEnds,
    pauses,
    endsSentence: /[。！？.!?…]$/u.test(text.replace(TRAILING_CLOSERS, '')),
    prose: (size >= 20 && (sentenceEnds >= 1 || pauses >= 2)) || size >= 60,
    repeated: false,
    cue: cueOf(text),
    date,
    byline: bylineAuthor(text),
    counter: isAuthorCounterLine(text),
    captionCue: CAPTION_CUE.test(text),
  };
}

/**
 * Hard-wrapped paragraph: at least two lines, the lines before the last of similar width, and most of
 * them breaking mid-sentence. Lines of a list, a menu or a related-items block fail one of these.
 */
function looksWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const widths = lines.map(displayWidth);
  const widest = Math.max(...widths);
  if (widest < 30) return false;
  const body = lines.slice(0, -1);
  if (body.some((line, i) => (widths[i] ?? 0) < widest * 0.6 || /^\s*([-*•·▪]|\d+[.)、])\s/u.test(line))) return false;
  if (lines.some((line) => isDateLine(line) || cueOf(line))) return false;
  const breaksMidSentence = body.filter((line) => !/[。！？.!?…:：]$/u.test(line.replace(TRAILING_CLOSERS, ''))).length;
  return breaksMidSentence * 2 >= body.length;
}

function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let blank = 0;
  let group: string[] = [];
  let groupBlank = 0;
  const flush = (): void => {
    if (group.length === 0) return;
    if (looksWrapped(group)) {
      units.push(describe(joinLines(group), groupBlank, 1));
    } else {
      group.forEach((line, i) => units.push(describe(line, i === 0 ? groupBlank : 0, group.length)));
    }
    group = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[\s\u00A0\u3000]+/gu, ' ').trim();
    if (line === '') {
      flush();
      blank += 1;
      continue;
    }
    if (group.length === 0) groupBlank = blank;
    blank = 0;
    group.push(line);
  }
  flush();
  // A line that occurs more than once is page furniture (a related headline listed twice, a repeated menu).
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit.text, (counts.get(unit.text) ?? 0) + 1);
  for (const unit of units) unit.repeated = (counts.get(unit.text) ?? 0) > 1 && unit.size >= 2;
  return units;
}

function bodyScore(unit: Unit, blankLineParagraphs: boolean): number {
  if (unit.counter) return -40;
  // A section heading ("Related", "相关推荐", "Comments") is a harder stop than a single furniture line:
  // teasers under it can read like prose, and the run must not reach across to them.
  if (unit.cue?.startsSection) return -(80 + unit.size);
  if (unit.cue && unit.cue.reason !== 'metadata-line') return -(40 + unit.size);
  if (unit.repeated) return -(20 + unit.size);
  if (unit.date || unit.byline || unit.cue) return -30;
  if (unit.captionCue) return -4;
  // Where the page separates its paragraphs with blank lines, prose packed in a block of lines is more
  // likely a list of teaser links than the article.
  if (unit.prose) return blankLineParagraphs && unit.groupSize >= 3 ? unit.size * 0.4 : unit.size;
  return -(6 + unit.size * 0.5);
}

/** The contiguous run of units with the largest total score; undefined when nothing scores above zero. */
function bestRun(units: readonly Unit[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number; total: number } | undefined;
  let start = 0;
  let total = 0;
  const prose = units.filter((unit) => unit.prose);
  const blankLineParagraphs = prose.filter((unit) => unit.groupSize === 1).length * 2 >= prose.length && prose.length > 0;
  units.forEach((unit, i) => {
    if (total <= 0) {
      start = i;
      total = 0;
    }
    total += bodyScore(unit, blankLineParagraphs);
    if (total > 0 && (!best || total > best.total)) best = { start, end: i, total };
  });
  return best && { start: best.start, end: best.end };
}

/** Han character pairs and lower-case Latin words: enough to tell whether a title is about the body. */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  const han = text.match(/\p{Script=Han}+/gu) ?? [];
  for (const run of han) for (let i = 0; i + 1 < run.length; i += 1) words.add(run.slice(i, i + 2));
  for (const word of text.toLowerCase().match(/\p{Script=Latin}{3,}/gu) ?? []) words.add(word);
  return words;
}

// Lines that sit just above an article's first paragraph without being its headline: picture captions
// and credits, and image file names left behind by a copy.
const NOT_A_HEADLINE = /^(media caption|image caption|caption|credit|photo(graph)?|picture|image)\b|\.(jpe?g|png|gif|webp|svg)$/iu;

function titleScore(unit: Unit, distance: number, bodyWords: Set<string>): number {
  if (unit.cue || unit.date || unit.byline || unit.counter || unit.size < 4 || unit.size > 60) return -Infinity;
  if (unit.captionCue || CAPTION_CREDIT_AT_END.test(unit.text) || NOT_A_HEADLINE.test(unit.text)) return -Infinity;
  if (/[。.]$/u.test(unit.text.replace(TRAILING_CLOSERS, ''))) return -Infinity;
  const words = wordsOf(unit.text);
  let shared = 0;
  for (const word of words) if (bodyWords.has(word)) shared += 1;
  const overlap = words.size > 0 ? shared / words.size : 0;
  const headlineLength = unit.size >= 6 && unit.size <= 45 ? 10 : 0;
  return 10 + headlineLength + overlap * 40 - distance * 1.5 - (unit.repeated ? 4 : 0);
}

interface AuthorPanel {
  start: number;
  end: number;
  name?: string;
  /** Index of the date line next to the name, if any. */
  dateIndex?: number;
}

/** The author panel around a counter line: the name lines above it (no blank gap once a name is found). */
function authorPanel(units: readonly Unit[], counter: number, bodyEnd: number): AuthorPanel {
  const names: Array<{ name: string; index: number }> = [];
  let start = counter;
  for (let j = counter - 1; j > bodyEnd && j >= counter - 5; j -= 1) {
    const unit = units[j] as Unit;
    const below = units[j + 1] as Unit;
    if (unit.date || (unit.cue && unit.cue.reason !== 'author-panel')) break;
    if (names.length > 0 && below.blankBefore > 0) break;
    const name = nameOnLine(unit.text);
    if (name) names.push({ name, index: j });
    start = j;
  }
  // A panel often shows the name twice (avatar alt text, then the name); the repeated one is surest.
  const tally = new Map<string, number>();
  for (const { name } of names) tally.set(name, (tally.get(name) ?? 0) + 1);
  const name = [...names].sort((a, b) => (tally.get(b.name) ?? 0) - (tally.get(a.name) ?? 0) || a.index - b.index)[0]?.name;
  const above = units[start - 1];
  const dateIndex = name && above?.date && (units[start] as Unit).blankBefore === 0 ? start - 1 : undefined;
  return { start, end: counter, name, dateIndex };
}

function fileTitle(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(txt|text)$/i, '').trim();
}

function isCaption(unit: Unit, typicalGap: number): boolean {
  // A credit at the end makes even a full sentence a caption; a credit word elsewhere only a short line.
  if (unit.size < 60 && CAPTION_CREDIT_AT_END.test(unit.text)) return true;
  if (unit.prose) return false;
  if (unit.captionCue && unit.size < 60) return true;
  return unit.blankBefore > typicalGap && !unit.endsSentence && unit.size < 50;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function readPlainText(text: string, fileName: string): Extraction {
  const units = splitUnits(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC'));
  const run = bestRun(units) ?? { start: 0, end: units.length - 1 };

  // Title: before the body, or the body's own first line when nothing else fits.
  const bodyWords = wordsOf(
    units
      .slice(run.start, run.end + 1)
      .filter((unit) => unit.prose)
      .slice(0, 5)
      .map((unit) => unit.text)
      .join(' '),
  );
  let titleIndex = -1;
  let bestTitle = 0;
  for (let i = Math.max(0, run.start - 12); i <= run.start && i < units.length; i += 1) {
    const unit = units[i] as Unit;
    // The body's first unit is a title only if it reads like one: short and followed by longer prose.
    if (i === run.start && (unit.prose || run.end === run.start)) continue;
    const score = titleScore(unit, run.start - i, bodyWords);
    if (score > bestTitle) {
      bestTitle = score;
      titleIndex = i;
    }
  }
  const bodyStart = titleIndex === run.start ? run.start + 1 : run.start;
  const bodyEnd = run.end;

  // Author panels after the body, found by their counters.
  const panels = units
    .map((unit, i) => ({ unit, i }))
    .filter(({ unit, i }) => unit.counter && (i > bodyEnd || i < bodyStart))
    .map(({ i }) => authorPanel(units, i, i > bodyEnd ? bodyEnd : -1));

  // Byline and date near the title: from a few units above the title down to the body's first lines.
  const nearTitleFrom = Math.max(0, (titleIndex >= 0 ? titleIndex : bodyStart) - 3);
  const nearTitle: number[] = [];
  for (let i = nearTitleFrom; i < Math.min(units.length, bodyStart + 2); i += 1) if (i !== titleIndex) nearTitle.push(i);
  const afterBody = [bodyEnd + 1, bodyEnd + 2, bodyEnd + 3].filter((i) => i < units.length);

  const metadataUnits = new Set<number>();
  let author = '';
  for (const i of [...nearTitle, ...afterBody]) {
    const byline = (units[i] as Unit).byline;
    if (byline) {
      author = byline;
      metadataUnits.add(i);
      break;
    }
  }
  const panelWithName = panels.find((panel) => panel.name);
  if (author === '' && panelWithName?.name) author = panelWithName.name;

  let publishedDate = '';
  const datedNearTitle = nearTitle.filter((i) => (units[i] as Unit).date || ((units[i] as Unit).byline && findDateOn(units[i] as Unit)));
  const published = datedNearTitle.find((i) => /published|posted|发布|发表|首发/i.test((units[i] as Unit).text));
  const notUpdated = datedNearTitle.find((i) => !/updated|modified|更新|修改/i.test((units[i] as Unit).text));
  const dateIndex = published ?? notUpdated ?? datedNearTitle[0] ?? panelWithName?.dateIndex;
  if (dateIndex !== undefined) {
    publishedDate = findDateOn(units[dateIndex] as Unit) ?? '';
    metadataUnits.add(dateIndex);
  }

  let siteName = '';
  for (const unit of [...units.slice(0, bodyStart), ...units.slice(bodyEnd + 1)]) {
    siteName = sourceLabel(unit.text) ?? '';
    if (siteName) break;
  }
  if (siteName === '') {
    for (const unit of units.slice(bodyEnd + 1)) {
      siteName = copyrightHolder(unit.text) ?? '';
      if (siteName) break;
    }
  }
  if (siteName === '') {
    // "网易首页 > 网易号 > 正文": portals open their breadcrumb with "<site>首页".
    const crumb = units.slice(0, bodyStart).find((unit) => unit.cue?.reason === 'navigation' && /[>›»]/u.test(unit.text));
    siteName = /^(\S{1,12}?)(首页|主页)\s*[>›»]/u.exec(crumb?.text ?? '')?.[1] ?? '';
  }

  // Classify every unit.
  const keptTexts = new Set<string>();
  const proseUnits = units.slice(bodyStart, bodyEnd + 1).filter((unit) => unit.prose);
  const typicalGap = median(proseUnits.slice(1).map((unit) => unit.blankBefore));
  const candidates: CandidateBlock[] = [];
  let section: RemovalReason | undefined;
  let captions = 0;

  const inPanel = (i: number): boolean => panels.some((panel) => i >= panel.start && i <= panel.end);
  const nearShareCue = (i: number): boolean =>
    [i - 1, i + 1].some((j) => units[j]?.cue?.reason === 'share-widget');

  units.forEach((unit, i) => {
    const paragraph: Block = { type: 'paragraph', inlines: plainInlines(unit.text) };
    const remove = (reason: RemovalReason, block: Block = paragraph): void => {
      candidates.push({ block, removed: reason });
    };
    if (i === titleIndex) {
      remove('metadata-line', { type: 'heading', level: 1, inlines: plainInlines(unit.text) });
      return;
    }
    if (metadataUnits.has(i)) return remove('metadata-line');
    if (inPanel(i)) return remove('author-panel');
    const noLetters = !/[\p{L}]/u.test(unit.text);

    if (i >= bodyStart && i <= bodyEnd) {
      if (unit.cue) return remove(unit.cue.reason);
      if (unit.counter) return remove('author-panel');
      if (keptTexts.has(unit.text)) return remove('duplicate');
      if (unit.date || unit.byline) return remove('metadata-line');
      if (noLetters && unit.size < 4) return remove(nearShareCue(i) ? 'share-widget' : 'boilerplate');
      keptTexts.add(unit.text);
      if (isCaption(unit, typicalGap)) {
        captions += 1;
        candidates.push({ block: { type: 'image', alt: unit.text, caption: plainInlines(unit.text) } });
      } else if (!unit.prose && !unit.endsSentence && unit.size < 30 && !/[:：]$/u.test(unit.text) && units[i + 1]?.prose) {
        candidates.push({ block: { type: 'heading', level: 2, inlines: plainInlines(unit.text) } });
      } else {
        candidates.push({ block: paragraph });
      }
      return;
    }

    if (unit.cue) {
      if (i > bodyEnd && unit.cue.startsSection) section = unit.cue.reason;
      return remove(unit.cue.reason);
    }
    if (unit.counter) return remove('author-panel');
    if (noLetters && nearShareCue(i)) return remove('share-widget');
    if (i < bodyStart) {
      // A standfirst: prose between the title and the body, not a cue, not repeated.
      if (i > titleIndex && titleIndex >= 0 && unit.prose && !unit.repeated && !unit.date && !unit.byline) {
        keptTexts.add(unit.text);
        candidates.push({ block: paragraph });
        return;
      }
      return remove(unit.date || unit.byline ? 'metadata-line' : 'navigation');
    }
    if (section) return remove(section);
    if (unit.date || unit.byline) return remove('metadata-line');
    return remove(unit.repeated ? 'duplicate' : 'boilerplate');
  });

  const kept = candidates.filter((candidate) => !candidate.removed).map((candidate) => candidate.block);
  const title = titleIndex >= 0 ? (units[titleIndex] as Unit).text : fileTitle(fileName);
  const metadata: ArticleMetadata = {
    title,
    author,
    siteName,
    publishedDate,
    sourceUrl: '',
    language: guessLanguage([title, ...kept.map(blockText)].join('\n')),
  };
  const warnings: ImportWarning[] = [];
  if (captions > 0) warnings.push({ code: 'captions-kept', params: { count: captions } });
  return { metadata, candidates, format: 'text', charset: 'utf-8', warnings };
}

function findDateOn(unit: Unit): string | undefined {
  return unit.date?.iso ?? findDate(unit.text)?.iso;
}
