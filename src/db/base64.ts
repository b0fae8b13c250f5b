// Base64 for original file bytes in backups, in Node and the browser alike, in chunks so large files
// do not overflow the argument list of String.fromCharCode.

/** Native base64 on Uint8Array (recent Chromium); much faster than building binary strings. */
interface NativeBase64 {
  toBase64?: () => string;
}
interface NativeBase64Constructor {
  fromBase64?: (text: string) => Uint8Array;
}

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as unknown as NativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Throws on text that is not base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const native = (Uint8Array as unknown as NativeBase64Constructor).fromBase64;
  if (typeof native === 'function') return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
