// Bytes -> text for the text-based formats, with the two mistakes people make named plainly.
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new Error(`${name} looks binary (it contains NUL bytes)`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new Error(`${name} is not valid UTF-8; convert it (e.g. iconv -t UTF-8) and ingest again`);
  }
}
