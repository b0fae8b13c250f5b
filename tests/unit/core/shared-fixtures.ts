// Test support: paths to the real articles and corpora shared with the project (read at test time,
// never copied into the repository).
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../shared-material';

export { sharedPath };

export function readShared(relative: string): string {
  return readFileSync(sharedPath(relative), 'utf8');
}

/** The Chinese opinion piece the product was specified with. */
export const SEED_ARTICLE = 'fixtures/seed/000_6d1aa85c79b1b4ee.txt';

export const HYPOTHESIS_BASELINES = 'corpora/hypothesis-anchoring/src/annotator/anchoring/test/html-baselines/';
