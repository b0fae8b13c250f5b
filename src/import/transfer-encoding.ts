// Byte-level helpers for MIME bodies: quoted-printable and base64, and the binary-safe "one char per
// byte" string view that lets MIME headers and boundaries be found with ordinary string search.

/** Each byte as the character with the same code (not windows-1252, which remaps 0x80–0x9F). */
export function latin1String(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    // apply takes the typed array as it is; spreading it would go through its iterator, several times slower.
    chunks.push(String.fromCharCode.apply(null, bytes.subarray(start, start + 8192) as unknown as number[]));
  }
  return chunks.join('');
}

export function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index) & 0xff;
  return bytes;
}

/** RFC 2045 quoted-printable: `=XX` is a byte, `=` at a line end is a soft break; anything else is literal. */
export function decodeQuotedPrintable(body: string): Uint8Array {
  const out = new Uint8Array(body.length);
  let length = 0;
  for (let index = 0; index < body.length; index += 1) {
    const char = body.charCodeAt(index);
    if (char !== 0x3d /* = */) {
      out[length++] = char & 0xff;
      continue;
    }
    const hex = body.slice(index + 1, index + 3);
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out[length++] = parseInt(hex, 16);
      index += 2;
    } else if (body.startsWith('\r\n', index + 1)) {
      index += 2;
    } else if (body[index + 1] === '\n') {
      index += 1;
    } else {
      // A stray '=' (common in hand-edited files): keep it rather than lose a character.
      out[length++] = char;
    }
  }
  return out.slice(0, length);
}

export function bytesToBase64(bytes: Uint8Array): string {
  return btoa(latin1String(bytes));
}
