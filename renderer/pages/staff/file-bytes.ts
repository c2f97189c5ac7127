// Reading a chosen or dropped file for the import: its bytes go to Hygie's engine untouched, so
// the encoding is detected from the bytes there, not guessed by the browser here.

/** 32 KiB per String.fromCharCode call: far below any engine's argument limit. */
const CHUNK = 0x8000;

/** Base64 of any size of bytes, without spreading a large array into one call's arguments. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    // apply() takes any array-like: the chunk is passed as it is, never copied into an array.
    parts.push(String.fromCharCode.apply(null, bytes.subarray(start, start + CHUNK) as unknown as number[]));
  }
  return btoa(parts.join(''));
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
