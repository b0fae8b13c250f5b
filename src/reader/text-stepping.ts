// Moving a selection through the article text by character, word and sentence, for selecting with the
// keyboard in a reader that has no caret. Works on the normalised text; segments each block on its own
// (a sentence never runs across a block), caching the result since keys repeat.
import type { BlockRange } from '../core/document-text';
import { blockIndexAt } from './text-offsets';

export interface TextSpan {
  start: number;
  end: number;
}

type Granularity = 'sentence' | 'word' | 'grapheme';

const WHITE_SPACE = /\s/;

/** Segments of each block of one article text, computed on first use. */
export class TextStepper {
  private readonly cache = new Map<string, TextSpan[]>();
  private readonly segmenters = new Map<Granularity, Intl.Segmenter>();

  constructor(
    private readonly text: string,
    private readonly ranges: readonly BlockRange[],
    private readonly locale: string,
  ) {}

  get length(): number {
    return this.text.length;
  }

  /** Sentences (trimmed of surrounding white space) or word-like words of one block, in article offsets. */
  private spans(blockIndex: number, granularity: 'sentence' | 'word'): TextSpan[] {
    const key = `${granularity}:${blockIndex}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const range = this.ranges[blockIndex];
    const spans: TextSpan[] = [];
    if (range && range.end > range.start) {
      const blockText = this.text.slice(range.start, range.end);
      for (const segment of this.segmenter(granularity).segment(blockText)) {
        if (granularity === 'word' && !segment.isWordLike) continue;
        let start = segment.index;
        let end = segment.index + segment.segment.length;
        while (start < end && WHITE_SPACE.test(blockText.charAt(start))) start += 1;
        while (end > start && WHITE_SPACE.test(blockText.charAt(end - 1))) end -= 1;
        if (end > start) spans.push({ start: range.start + start, end: range.start + end });
      }
    }
    this.cache.set(key, spans);
    return spans;
  }

  private segmenter(granularity: Granularity): Intl.Segmenter {
    let segmenter = this.segmenters.get(granularity);
    if (!segmenter) {
      segmenter = new Intl.Segmenter(this.locale || undefined, { granularity });
      this.segmenters.set(granularity, segmenter);
    }
    return segmenter;
  }

  /** Blocks to look at from the one holding `offset`, in the given direction. */
  private *blocksFrom(offset: number, direction: 1 | -1): Generator<number> {
    let index = blockIndexAt(this.ranges, offset, direction === 1 ? 'forward' : 'backward');
    if (index === -1) return;
    for (; index >= 0 && index < this.ranges.length; index += direction) yield index;
  }

  /** The first sentence starting at or after `offset`; null at the end of the text. */
  nextSentence(offset: number): TextSpan | null {
    for (const block of this.blocksFrom(offset, 1)) {
      const found = this.spans(block, 'sentence').find((span) => span.start >= offset);
      if (found) return found;
    }
    return null;
  }

  /** The last sentence ending at or before `offset`; null at the start of the text. */
  previousSentence(offset: number): TextSpan | null {
    for (const block of this.blocksFrom(offset, -1)) {
      const found = this.spans(block, 'sentence').findLast((span) => span.end <= offset);
      if (found) return found;
    }
    return null;
  }

  /** The sentence holding `offset` (or starting there), if any. */
  sentenceAt(offset: number): TextSpan | null {
    const block = blockIndexAt(this.ranges, offset, 'forward');
    if (block === -1) return null;
    return this.spans(block, 'sentence').find((span) => span.start <= offset && offset < span.end) ?? null;
  }

  /** Where a selection end moves to when extended by a sentence: the next sentence end, or the previous sentence start. */
  sentenceBoundary(offset: number, direction: 1 | -1): number {
    if (direction === 1) {
      for (const block of this.blocksFrom(offset, 1)) {
        const found = this.spans(block, 'sentence').find((span) => span.end > offset);
        if (found) return found.end;
      }
      return offset;
    }
    for (const block of this.blocksFrom(offset, -1)) {
      const found = this.spans(block, 'sentence').findLast((span) => span.start < offset);
      if (found) return found.start;
    }
    return offset;
  }

  /** The end of the next word (forward) or the start of the previous one (backward), like Ctrl+Shift+arrow. */
  wordBoundary(offset: number, direction: 1 | -1): number {
    if (direction === 1) {
      for (const block of this.blocksFrom(offset, 1)) {
        const found = this.spans(block, 'word').find((span) => span.end > offset);
        if (found) return found.end;
      }
      return this.text.length;
    }
    for (const block of this.blocksFrom(offset, -1)) {
      const found = this.spans(block, 'word').findLast((span) => span.start < offset);
      if (found) return found.start;
    }
    return 0;
  }

  /** One user-perceived character forward or back (a surrogate pair or an emoji sequence is one step). */
  characterBoundary(offset: number, direction: 1 | -1): number {
    // Segment a small window around the offset; no grapheme cluster met in articles is longer.
    const from = Math.max(0, offset - 16);
    const to = Math.min(this.text.length, offset + 16);
    let lastStartBefore = -1;
    for (const segment of this.segmenter('grapheme').segment(this.text.slice(from, to))) {
      const start = from + segment.index;
      const end = start + segment.segment.length;
      if (direction === 1 && end > offset) return end;
      if (direction === -1) {
        if (start >= offset) break;
        lastStartBefore = start;
      }
    }
    return direction === 1 ? this.text.length : Math.max(0, lastStartBefore);
  }
}
