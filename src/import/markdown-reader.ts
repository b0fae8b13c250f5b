// Reads a Markdown article into blocks with marked's lexer. Nothing is rendered to HTML: tokens map
// straight onto the block model, so raw HTML in the source can only ever arrive as plain text.
import { lexer, type Token, type Tokens } from 'marked';
import { checkExternalUrl } from '../core/external-url';
import { blockText, inlinesText } from '../core/document-text';
import type { ArticleMetadata, Block, Inline } from '../core/model';
import type { CandidateBlock, Extraction } from './extraction';
import type { ImportWarning } from './import-notices';
import { isoDateOf } from './text-date-patterns';
import { tidyInlines } from './text-inline-runs';
import { guessLanguage } from './text-language';

interface FrontMatter {
  fields: Map<string, string>;
  body: string;
}

/** A leading `---` block of `key: value` lines; only flat string values are read, the rest is ignored. */
function splitFrontMatter(text: string): FrontMatter {
  const fields = new Map<string, string>();
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { fields, body: text };
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!field) continue;
    const value = (field[2] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2').trim();
    fields.set((field[1] ?? '').toLowerCase(), value);
  }
  return { fields, body: text.slice(match[0].length) };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', trade: '™', middot: '·', laquo: '«', raquo: '»',
};

// marked leaves character references in text tokens for the HTML renderer to pass through; we have no
// renderer, so decode them here.
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Visible text of a raw HTML fragment: tags, comments, scripts and styles go; the words between tags stay. */
function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<[^>]*>?/g, ' '),
  );
}

interface InlineStyle {
  href?: string;
  bold?: boolean;
  italic?: boolean;
}

interface ReadState {
  remoteImages: number;
  unembeddedImages: number;
  droppedLinks: number;
}

type InlinePiece = { kind: 'inline'; inline: Inline } | { kind: 'image'; block: Block };

function imageBlock(token: Tokens.Image, state: ReadState): Block {
  const alt = decodeEntities(token.text).trim();
  const captionText = decodeEntities(token.title ?? '').trim() || alt;
  const block: Block = { type: 'image', alt, caption: tidyInlines([{ text: captionText }]) };
  const href = token.href.trim();
  if (/^data:image\/(png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i.test(href)) {
    block.src = href.replace(/\s+/g, '');
  } else if (/^https?:/i.test(href) && checkExternalUrl(href).ok) {
    block.remoteSrc = new URL(href).href;
    state.remoteImages += 1;
  } else {
    state.unembeddedImages += 1;
  }
  return block;
}

function inlinePieces(tokens: readonly Token[] | undefined, style: InlineStyle, state: ReadState): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  const text = (value: string): void => {
    if (value !== '') pieces.push({ kind: 'inline', inline: { ...style, text: value } });
  };
  // Inline HTML arrives tag by tag, so the contents of a <script> or <style> are skipped until it closes.
  let skippingUntil: RegExp | undefined;
  for (const token of tokens ?? []) {
    if (skippingUntil) {
      if (token.type === 'html' && skippingUntil.test(token.text)) skippingUntil = undefined;
      continue;
    }
    switch (token.type) {
      case 'text':
        // A text token inside a list item carries its own inline tokens.
        if (token.tokens && token.tokens.length > 0) pieces.push(...inlinePieces(token.tokens, style, state));
        else text(decodeEntities(token.text));
        break;
      case 'escape':
        text(token.text);
        break;
      case 'codespan':
        text(decodeEntities(token.text));
        break;
      case 'br':
        text('\n');
        break;
      case 'strong':
        pieces.push(...inlinePieces(token.tokens, { ...style, bold: true }, state));
        break;
      case 'em':
        pieces.push(...inlinePieces(token.tokens, { ...style, italic: true }, state));
        break;
      case 'del':
        pieces.push(...inlinePieces(token.tokens, style, state));
        break;
      case 'link': {
        const check = checkExternalUrl(token.href);
        if (!check.ok) state.droppedLinks += 1;
        const linkStyle = check.ok ? { ...style, href: check.url } : style;
        pieces.push(...inlinePieces(token.tokens, linkStyle, state));
        break;
      }
      case 'image':
        pieces.push({ kind: 'image', block: imageBlock(token as Tokens.Image, state) });
        break;
      case 'html': {
        const opened = /^<(script|style|template|noscript)\b[^>]*>$/i.exec(token.text.trim());
        if (opened) skippingUntil = new RegExp(`</${opened[1]}\\s*>`, 'i');
        else text(htmlToText(token.text));
        break;
      }
      default: {
        // Tokens from extensions or future marked versions: keep their words, never their markup.
        const unknownText = (token as Tokens.Generic).text;
        if (typeof unknownText === 'string') text(decodeEntities(unknownText));
      }
    }
  }
  return pieces;
}

/** Inline runs of a token list, with any images reduced to their alt text (used where blocks cannot nest). */
function flatInlines(tokens: readonly Token[] | undefined, state: ReadState): Inline[] {
  return tidyInlines(
    inlinePieces(tokens, {}, state).map((piece) =>
      piece.kind === 'inline' ? piece.inline : { text: piece.block.type === 'image' ? piece.block.alt : '' },
    ),
  );
}

/** A paragraph split around its images, so a picture between sentences becomes its own block. */
function paragraphBlocks(tokens: readonly Token[] | undefined, state: ReadState, type: 'paragraph' | 'quote'): Block[] {
  const blocks: Block[] = [];
  let pending: Inline[] = [];
  const flush = (): void => {
    const inlines = tidyInlines(pending);
    if (inlines.length > 0) blocks.push({ type, inlines });
    pending = [];
  };
  for (const piece of inlinePieces(tokens, {}, state)) {
    if (piece.kind === 'inline') {
      pending.push(piece.inline);
    } else {
      flush();
      blocks.push(piece.block);
    }
  }
  flush();
  return blocks;
}

/** List items in order; nested lists are flattened into the parent list after their item. */
function listItems(list: Tokens.List, state: ReadState): Inline[][] {
  const items: Inline[][] = [];
  for (const item of list.items) {
    const own: Token[] = [];
    const nested: Tokens.List[] = [];
    for (const token of item.tokens) {
      if (token.type === 'list') nested.push(token as Tokens.List);
      else own.push(token);
    }
    // Loose items wrap their text in paragraphs; keep them on one line with a space between.
    const inlines: Inline[] = [];
    for (const token of own) {
      if (token.type === 'paragraph' || token.type === 'text' || token.type === 'heading') {
        if (inlines.length > 0) inlines.push({ text: ' ' });
        inlines.push(...inlinePieces(token.type === 'text' && !token.tokens ? [token] : token.tokens, {}, state)
          .map((piece) => (piece.kind === 'inline' ? piece.inline : { text: piece.block.type === 'image' ? piece.block.alt : '' })));
      } else if (token.type === 'code') {
        inlines.push({ text: ` ${token.text}` });
      }
    }
    const tidy = tidyInlines(inlines);
    if (tidy.length > 0) items.push(tidy);
    for (const sub of nested) items.push(...listItems(sub, state));
  }
  return items;
}

function tokensToBlocks(tokens: readonly Token[], state: ReadState): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const inlines = flatInlines(token.tokens, state);
        const level = Math.min(Math.max(Number(token.depth) || 1, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6;
        if (inlines.length > 0) blocks.push({ type: 'heading', level, inlines });
        break;
      }
      case 'paragraph':
        blocks.push(...paragraphBlocks(token.tokens, state, 'paragraph'));
        break;
      case 'text':
        blocks.push(...paragraphBlocks(token.tokens ?? [token], state, 'paragraph'));
        break;
      case 'blockquote': {
        // Quotes hold blocks; each paragraph inside becomes a quote block, other blocks pass through.
        for (const inner of tokensToBlocks(token.tokens ?? [], state)) {
          blocks.push(inner.type === 'paragraph' ? { type: 'quote', inlines: inner.inlines } : inner);
        }
        break;
      }
      case 'list': {
        const items = listItems(token as Tokens.List, state);
        if (items.length > 0) blocks.push({ type: 'list', ordered: Boolean(token.ordered), items });
        break;
      }
      case 'code': {
        const text = String(token.text).replace(/\s+$/, '');
        if (text !== '') blocks.push({ type: 'preformatted', text });
        break;
      }
      case 'table': {
        // The block model has no tables; rows as aligned text keep every cell readable and quotable.
        const table = token as Tokens.Table;
        const rows = [table.header, ...table.rows].map((row) =>
          row.map((cell) => inlinesText(flatInlines(cell.tokens, state))).join(' | '),
        );
        blocks.push({ type: 'preformatted', text: rows.join('\n') });
        break;
      }
      case 'html': {
        const inlines = tidyInlines([{ text: htmlToText(String(token.text)) }]);
        if (inlines.length > 0) blocks.push({ type: 'paragraph', inlines });
        break;
      }
      default:
        // space, hr, def: nothing to show
        break;
    }
  }
  return blocks;
}

function fileTitle(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(md|markdown|mdown|mkd|txt)$/i, '').trim();
}

export function readMarkdown(text: string, fileName: string): Extraction {
  const { fields, body } = splitFrontMatter(text.replace(/\r\n?/g, '\n'));
  const state: ReadState = { remoteImages: 0, unembeddedImages: 0, droppedLinks: 0 };
  const blocks = tokensToBlocks(lexer(body, { gfm: true }), state);

  const candidates: CandidateBlock[] = blocks.map((block) => ({ block }));
  let title = fields.get('title') ?? '';
  // The title heading is the article's title, not part of its body: the first heading before any
  // other content, or the first level-1 heading. With a front-matter title, a heading repeating it goes too.
  const firstContent = candidates.findIndex((c) => c.block.type !== 'image');
  let titleIndex = -1;
  if (title !== '') {
    const first = candidates[firstContent];
    if (first && first.block.type === 'heading' && inlinesText(first.block.inlines).trim() === title) titleIndex = firstContent;
  } else {
    const first = candidates[firstContent];
    titleIndex =
      first && first.block.type === 'heading'
        ? firstContent
        : candidates.findIndex((c) => c.block.type === 'heading' && c.block.level === 1);
    const heading = candidates[titleIndex]?.block;
    if (heading && heading.type === 'heading') title = inlinesText(heading.inlines);
  }
  const titleCandidate = candidates[titleIndex];
  if (titleCandidate) titleCandidate.removed = 'metadata-line';
  if (title === '') title = fileTitle(fileName);

  const url = checkExternalUrl(fields.get('url') ?? fields.get('source') ?? '');
  // Code is left out of the language guess: it is English-looking whatever the article's language.
  const bodyText = blocks.map((block) => (block.type === 'preformatted' ? '' : blockText(block))).join(' ');
  const metadata: ArticleMetadata = {
    title,
    author: fields.get('author') ?? '',
    siteName: fields.get('site') ?? fields.get('sitename') ?? fields.get('publisher') ?? '',
    publishedDate: isoDateOf(fields.get('date') ?? fields.get('published') ?? ''),
    sourceUrl: url.ok && /^https?:/.test(url.url) ? url.url : '',
    language: fields.get('language') ?? fields.get('lang') ?? guessLanguage(`${title} ${bodyText}`),
  };

  const warnings: ImportWarning[] = [];
  if (state.remoteImages > 0) warnings.push({ code: 'remote-images', params: { count: state.remoteImages } });
  if (state.unembeddedImages > 0) warnings.push({ code: 'local-images', params: { count: state.unembeddedImages } });
  if (state.droppedLinks > 0) warnings.push({ code: 'dropped-links', params: { count: state.droppedLinks } });
  return { metadata, candidates, format: 'markdown', charset: 'utf-8', warnings };
}
