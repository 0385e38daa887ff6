// Bytes -> text for the text-based formats, with the two mistakes people make named plainly.
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new Error(`looks binary (it contains NUL bytes)`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new Error(`not valid UTF-8; convert it (e.g. iconv -t UTF-8) and ingest again`);
  }
}
