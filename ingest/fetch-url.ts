// One URL -> a Document, with the limits a tool that fetches what people paste must have: a timeout
// over the whole exchange, a cap on the body (counted as it streams in, since Content-Length can be
// absent or wrong), redirects followed by hand up to a limit (so each hop's scheme is checked too),
// and only the content types claimgraph has a loader for. Every failure is an Error with a one-line
// message that says what went wrong ("404 Not Found", "timed out after 20 s"), for the skipped list.
//
// Identity: the Source's uri and location are the URL as given (normalised by the URL parser, the
// #fragment dropped since it never reaches the server), not the URL the redirects ended at. People
// re-ingest what they typed; a final URL can change between runs (tracking hops, CDN nodes, session
// ids), and the Source must stay the same one so that a changed page updates it instead of adding another.
import { STATUS_CODES } from "node:http";
import { posix } from "node:path";
import { z } from "zod";
import type { Document } from "./document.ts";
import { documentFromBytes, formatOfPath } from "./load.ts";

type Format = Document["format"];

const MB = 1024 * 1024;

export const FetchLimits = z.object({
  /** The whole exchange, redirects and body included. */
  timeoutMs: z.number().positive().default(20_000),
  maxBytes: z
    .number()
    .int()
    .positive()
    .default(20 * MB),
  maxRedirects: z.number().int().nonnegative().default(5),
});
export type FetchLimits = z.input<typeof FetchLimits>;

/** Media types claimgraph reads, and the format each one is. */
const CONTENT_TYPES: Record<string, Format> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};
/** Types servers send when they do not know better; then the URL's file extension decides. */
const UNTYPED = new Set(["", "application/octet-stream", "binary/octet-stream"]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TEXT_FORMATS = new Set<Format>(["html", "text", "markdown"]);

export type FetchedBody = { bytes: Uint8Array; format: Format; finalUrl: string; contentType: string };

/** "20 MB", "1.5 MB", "64 KB", "900 bytes". */
export function formatSize(bytes: number): string {
  const as = (n: number, unit: string) => `${Number.isInteger(n) ? n : n.toFixed(1)} ${unit}`;
  if (bytes >= MB) return as(bytes / MB, "MB");
  if (bytes >= 1024) return as(bytes / 1024, "KB");
  return `${bytes} bytes`;
}

/** The URL as claimgraph stores it: parsed, http or https, without its #fragment. */
export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error("not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`unsupported scheme ${url.protocol} (claimgraph fetches http and https only)`);
  url.hash = "";
  return url.href;
}

/** The media type of a Content-Type header, and its charset if it names one. */
function mediaType(header: string | null): { type: string; charset?: string } {
  const [type = "", ...params] = (header ?? "").split(";").map((p) => p.trim());
  const charset = params
    .map((p) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(p)?.[1])
    .find(Boolean)
    ?.toLowerCase();
  return { type: type.toLowerCase(), ...(charset ? { charset } : {}) };
}

/** "fetch failed" says nothing; the system error under it (ECONNREFUSED, ENOTFOUND...) does. */
function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  const code = cause?.code ?? cause?.errors?.find((x) => x.code)?.code;
  if (code) return `could not connect: ${code}`;
  return `fetch failed: ${cause?.message ?? (e as Error).message}`;
}

/** Reads a body as it streams in, giving up as soon as it passes the cap. */
async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`body larger than ${formatSize(maxBytes)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Loaders read UTF-8; a page served in another charset (the header's, or an HTML page's own <meta
 * charset>) is decoded with it and handed on as UTF-8.
 */
function asUtf8(bytes: Uint8Array, format: Format, headerCharset: string | undefined): Uint8Array {
  if (!TEXT_FORMATS.has(format)) return bytes;
  const sniffed =
    format === "html"
      ? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(Buffer.from(bytes.subarray(0, 4096)).toString("latin1"))?.[1]
      : undefined;
  const charset = (headerCharset ?? sniffed)?.toLowerCase();
  if (!charset || charset === "utf-8" || charset === "utf8" || charset === "us-ascii") return bytes;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new Error(`unsupported charset ${charset}`);
  }
  return new TextEncoder().encode(decoder.decode(bytes));
}

/** The format a response is, from its Content-Type, or from the URL's extension when the type says nothing. */
function formatOf(type: string, url: string): Format {
  const format = CONTENT_TYPES[type] ?? (UNTYPED.has(type) ? formatOfPath(new URL(url).pathname) : undefined);
  if (format) return format;
  throw new Error(type ? `unsupported content type ${type}` : "no content type, and the URL names no known file type");
}

/** Fetches a URL's body within the limits; throws an Error with a one-line reason otherwise. */
export async function fetchUrl(given: string, limits: FetchLimits = {}): Promise<FetchedBody> {
  const { timeoutMs, maxBytes, maxRedirects } = FetchLimits.parse(limits);
  let url = canonicalUrl(given);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const timeoutReason = `timed out after ${+(timeoutMs / 1000).toFixed(3)} s`;
  try {
    for (let redirects = 0; ; redirects++) {
      let res: Response;
      try {
        res = await fetch(url, {
          redirect: "manual",
          signal: controller.signal,
          headers: {
            accept: `${Object.keys(CONTENT_TYPES).join(", ")};q=0.9, */*;q=0.1`,
            "user-agent": "claimgraph (document ingest)",
          },
        });
      } catch (e) {
        throw new Error(timedOut ? timeoutReason : networkReason(e));
      }
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get("location");
        if (!location) throw new Error(`${res.status} redirect without a Location`);
        if (redirects >= maxRedirects) throw new Error(`too many redirects (more than ${maxRedirects})`);
        url = canonicalUrl(new URL(location, url).href);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new Error(`${res.status} ${res.statusText || STATUS_CODES[res.status] || "error"}`);
      }
      const { type, charset } = mediaType(res.headers.get("content-type"));
      let format: Format;
      try {
        format = formatOf(type, url);
      } catch (e) {
        await res.body?.cancel();
        throw e;
      }
      // A declared length over the cap is refused before reading; the count while reading is what holds.
      const declared = Number(res.headers.get("content-length") ?? NaN);
      if (declared > maxBytes) {
        await res.body?.cancel();
        throw new Error(`body larger than ${formatSize(maxBytes)}`);
      }
      let bytes: Uint8Array;
      try {
        bytes = await readCapped(res.body, maxBytes);
      } catch (e) {
        if (timedOut) throw new Error(timeoutReason);
        if ((e as Error).message.startsWith("body larger")) throw e;
        throw new Error(`connection lost while reading the body: ${networkReason(e).replace(/^[^:]+: /, "")}`);
      }
      return { bytes: asUtf8(bytes, format, charset), format, finalUrl: url, contentType: type };
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** The name a URL's document goes by in messages and as a last-resort title: its file name, or its host. */
function nameOf(url: string): string {
  const { pathname, hostname } = new URL(url);
  const file = posix.basename(pathname);
  try {
    return decodeURIComponent(file) || hostname;
  } catch {
    return file; // a malformed %-escape: the name as it was written
  }
}

/** Fetches a URL and reads it with its format's loader; the URL as given is the Document's identity. */
export async function documentFromUrl(given: string, limits: FetchLimits = {}): Promise<Document> {
  const uri = canonicalUrl(given);
  const body = await fetchUrl(uri, limits);
  return documentFromBytes(body.bytes, { uri, location: uri, format: body.format, name: nameOf(body.finalUrl) });
}
