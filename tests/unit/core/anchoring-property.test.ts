// Property-style checks on random texts: edits kept well away from a quote and its stored context never
// stop it anchoring exactly where it now is, and a deleted quote is not placed on chance look-alikes.
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/anchoring';
import { describeRange, PREFIX_SUFFIX_LENGTH } from '../../../src/core/selectors';
import { seededRandom } from '../../../src/core/seeded-random';

// Latin letters, CJK ideographs, punctuation, spaces and newlines, so texts look a little like articles.
const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动',
  ...' ,.;,。\n',
];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
}

function randomInt(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** Keeps edits out of the quote and of the context describeRange stores, plus a margin. */
const KEEP_AWAY = PREFIX_SUFFIX_LENGTH + 8;

describe('anchoring in random texts', () => {
  it('random edits far from the quote keep it anchored exactly (400 seeded trials)', () => {
    for (let seed = 1; seed <= 400; seed += 1) {
      const random = seededRandom(seed);
      let text = randomText(random, randomInt(random, 300, 4000));
      const length = randomInt(random, 3, 200);
      let start = randomInt(random, 0, text.length - length);
      let end = start + length;
      const selectors = describeRange(text, start, end);
      ({ start, end } = selectors.position);
      const quote = selectors.quote.exact;

      const edits = randomInt(random, 1, 12);
      for (let i = 0; i < edits; i += 1) {
        const before = start - KEEP_AWAY;
        const after = text.length - (end + KEEP_AWAY);
        if (before <= 0 && after <= 0) break;
        const editBefore = after <= 0 || (before > 0 && random() < 0.5);
        const from = editBefore ? randomInt(random, 0, before) : randomInt(random, end + KEEP_AWAY, text.length);
        const room = editBefore ? before - from : text.length - from;
        const removed = randomInt(random, 0, Math.min(room, 300));
        const inserted = randomText(random, randomInt(random, 0, 300));
        text = text.slice(0, from) + inserted + text.slice(from + removed);
        if (editBefore) {
          start += inserted.length - removed;
          end += inserted.length - removed;
        }
      }

      expect(text.slice(start, end), `seed ${seed}`).toBe(quote);
      const result = anchorSelectors(selectors, text);
      expect(result, `seed ${seed}`).toMatchObject({ start, end });
      expect(['exact-position', 'exact-quote'], `seed ${seed}`).toContain(result.kind);
    }
  });

  it('a deleted quote is never placed somewhere else (400 seeded trials)', () => {
    let placed = 0;
    for (let seed = 1001; seed <= 1400; seed += 1) {
      const random = seededRandom(seed);
      const text = randomText(random, randomInt(random, 300, 4000));
      const length = randomInt(random, 8, 200);
      const start = randomInt(random, 0, text.length - length);
      const selectors = describeRange(text, start, start + length);
      const { start: from, end: to } = selectors.position;
      const result = anchorSelectors(selectors, text.slice(0, from) + text.slice(to));
      if (result.kind !== 'orphan') placed += 1;
    }
    expect(placed).toBe(0);
  });
});

