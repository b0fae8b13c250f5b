// `claimlens extract <file>`: imports one file the way the app does and prints the article as text,
// Markdown or JSON (metadata, kept blocks, removed blocks with reasons, hash and charset).
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { contentHash, documentText } from '../../core/document-text';
import type { Block, Inline } from '../../core/model';
import { englishNotices, importWarningText } from '../../i18n/import-notice-text';
import { extractArticle, MAX_PACKAGE_BYTES } from '../../import/extract-article';
import { keptBlocks } from '../../import/extraction';
import { nodeHtmlParser } from '../../import/node-html-parser';
import type { CliCommand, CliIo } from '../command';

type OutputFormat = 'text' | 'markdown' | 'json';

const USAGE = `Usage: claimlens extract <file> [--text|--markdown|--json]

Imports an article file (.html, .htm, .mhtml, .mht, .txt, .md, .pdf, .docx) and prints it.
  --text       the normalised plain text claims point into (default)
  --markdown   the block document as Markdown
  --json       metadata, blocks, removed blocks with reasons, content hash, charset and warnings`;

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'Import an article file and print its text, Markdown or JSON',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    let format: OutputFormat = 'text';
    const files: string[] = [];
    for (const arg of args) {
      if (arg === '--json') format = 'json';
      else if (arg === '--markdown' || arg === '--md') format = 'markdown';
      else if (arg === '--text') format = 'text';
      else if (arg.startsWith('-')) return fail(io, `unknown option “${arg}”. Run \`claimlens extract --help\`.`);
      else files.push(arg);
    }
    if (files.length !== 1) return fail(io, 'give exactly one file to extract. Run `claimlens extract --help`.');
    const path = files[0]!;

    let bytes: Uint8Array;
    try {
      // Refuse before reading a huge file into memory; the importer applies the per-format limits.
      const info = await stat(path);
      if (!info.isFile()) return fail(io, `${path}: not a file.`);
      if (info.size > MAX_PACKAGE_BYTES) return fail(io, `${basename(path)}: is too large to be an article.`);
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(io, `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}.`);
    }

    const extraction = await extractArticle({ bytes, fileName: basename(path), parseHtml: nodeHtmlParser });
    const blocks = keptBlocks(extraction.candidates);
    const text = documentText(blocks);
    if (format === 'text') {
      io.stdout.write(`${text}\n`);
    } else if (format === 'markdown') {
      io.stdout.write(`${blocksToMarkdown(extraction.metadata.title, blocks)}\n`);
    } else {
      const report = {
        fileName: basename(path),
        format: extraction.format,
        charset: extraction.charset,
        metadata: extraction.metadata,
        contentHash: contentHash(text),
        // The warnings' English sentences; the app shows the same notes in its own language.
        warnings: extraction.warnings.map((warning) => importWarningText(englishNotices, warning)),
        blocks,
        removed: extraction.candidates.filter((candidate) => candidate.removed).map((candidate) => ({ reason: candidate.removed, block: candidate.block })),
        text,
      };
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    }
    return 0;
  },
};

function fail(io: CliIo, message: string): number {
  io.stderr.write(`claimlens extract: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return 1;
}

function blocksToMarkdown(title: string, blocks: readonly Block[]): string {
  const parts: string[] = [];
  const firstHeading = blocks[0]?.type === 'heading' ? blocks[0].inlines.map((run) => run.text).join('') : '';
  if (title && firstHeading !== title) parts.push(`# ${escapeMarkdown(title)}`);
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        parts.push(`${'#'.repeat(block.level)} ${inlinesToMarkdown(block.inlines)}`);
        break;
      case 'paragraph':
        parts.push(inlinesToMarkdown(block.inlines));
        break;
      case 'quote':
        parts.push(`> ${inlinesToMarkdown(block.inlines)}`);
        break;
      case 'list':
        parts.push(block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${inlinesToMarkdown(item)}`).join('\n'));
        break;
      case 'image': {
        const target = block.src ?? block.remoteSrc ?? '';
        const caption = block.caption.length > 0 ? `\n*${inlinesToMarkdown(block.caption)}*` : '';
        parts.push(`![${escapeMarkdown(block.alt)}](${target})${caption}`);
        break;
      }
      case 'preformatted':
        parts.push(`\`\`\`\n${block.text}\n\`\`\``);
        break;
    }
  }
  return parts.join('\n\n');
}

function inlinesToMarkdown(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      let text = escapeMarkdown(inline.text);
      if (text.trim() === '') return text;
      if (inline.bold) text = `**${text}**`;
      if (inline.italic) text = `*${text}*`;
      if (inline.href) text = `[${text}](${inline.href})`;
      return text;
    })
    .join('');
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}
