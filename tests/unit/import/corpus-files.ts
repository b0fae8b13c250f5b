// Where the shared test corpora sit (beside the repo checkout) and small readers for them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { sharedPath } from '../../shared-material';

export const corpusRoot = sharedPath('corpora');
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function readabilityPagePath(name: string, file: 'source.html' | 'expected.html' | 'expected-metadata.json'): string {
  return join(corpusRoot, 'readability/test/test-pages', name, file);
}

export function readabilityPageBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(readabilityPagePath(name, 'source.html')));
}

export function expectedMetadata(name: string): { title: string | null; byline: string | null; lang?: string | null } {
  return JSON.parse(readFileSync(readabilityPagePath(name, 'expected-metadata.json'), 'utf8'));
}

export function mhtmlPath(name: string): string {
  return name.startsWith('old-commit')
    ? join(corpusRoot, 'mhtml/mhtml2html', name)
    : join(corpusRoot, 'mhtml/mhtml2html/tests/templates', name);
}

/**
 * An encoder for a legacy charset built from the runtime's own decoder, since TextEncoder only
 * writes UTF-8; characters the charset cannot represent are left out.
 */
export function legacyEncoder(charset: string): (text: string) => { bytes: Uint8Array; kept: string } {
  const decoder = new TextDecoder(charset, { fatal: true });
  const table = new Map<string, number[]>();
  const learn = (bytes: number[]): void => {
    try {
      const char = decoder.decode(new Uint8Array(bytes));
      if (Array.from(char).length === 1 && !table.has(char)) table.set(char, bytes);
    } catch {
      // not a complete character in this charset
    }
  };
  for (let byte = 0; byte < 0x100; byte += 1) learn([byte]);
  for (let lead = 0x81; lead <= 0xfe; lead += 1) for (let trail = 0x40; trail <= 0xfe; trail += 1) learn([lead, trail]);
  return (text) => {
    const out: number[] = [];
    let kept = '';
    for (const char of text) {
      const bytes = table.get(char);
      if (!bytes) continue;
      out.push(...bytes);
      kept += char;
    }
    return { bytes: new Uint8Array(out), kept };
  };
}
