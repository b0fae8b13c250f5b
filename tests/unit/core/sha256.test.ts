// The synchronous SHA-256 behind every article's content hash must give exactly what the platform's
// crypto.subtle gives.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/sha256';

async function platformSha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('sha256Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals crypto.subtle across block boundaries and for non-ASCII text', async () => {
    // Lengths around the 55/56/64-byte padding edges, and multi-byte characters (Han, emoji).
    const samples = [54, 55, 56, 63, 64, 65, 119, 120, 1000, 70_000].map((length) =>
      Array.from({ length }, (_, index) => (index % 7 === 0 ? '新' : index % 11 === 0 ? '😀' : String.fromCharCode(0x61 + (index % 26)))).join(''),
    );
    for (const text of samples) expect(sha256Hex(text)).toBe(await platformSha256(text));
  });
});
