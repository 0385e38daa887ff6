// Files and folders -> Documents. A file that cannot be read is reported by name and skipped,
// never allowed to stop the others. Each format's loader lives in ingest/formats/.
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve, sep } from "node:path";
import type { Document, FormatLoader } from "./document.ts";
import { loadDocx } from "./formats/docx.ts";
import { loadHtml } from "./formats/html.ts";
import { loadPdf } from "./formats/pdf.ts";
import { loadText } from "./formats/text.ts";

type Format = Document["format"];

/** File extensions claimgraph reads, and the format each one is. */
const EXTENSIONS: Record<string, Format> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
  ".docx": "docx",
};

const LOADERS: Record<Format, FormatLoader> = {
  text: loadText,
  markdown: loadText,
  html: loadHtml,
  pdf: loadPdf,
  docx: loadDocx,
};

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);
const UNSUPPORTED = `unsupported file type; claimgraph reads ${SUPPORTED_EXTENSIONS.join(" ")}`;

export type LoadFailure = { path: string; reason: string };

export const formatOfPath = (path: string): Format | undefined => EXTENSIONS[extname(path).toLowerCase()];

/** Expands folders (recursively, hidden entries skipped) into the supported files they hold, sorted. */
export async function listDocumentFiles(paths: string[]): Promise<{ files: string[]; failures: LoadFailure[] }> {
  const files: string[] = [];
  const failures: LoadFailure[] = [];
  // Symbolic links are followed once: a folder or file reached again by another way (a link back
  // up the tree, two links to one place) is read the first time only.
  const folders = new Map<string, string>();
  const seenFiles = new Set<string>();
  async function walk(path: string, explicit: boolean): Promise<void> {
    let info;
    let real;
    try {
      info = await stat(path);
      real = await realpath(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      failures.push({ path, reason: code === "ENOENT" ? "no such file or folder" : `cannot be read (${code})` });
      return;
    }
    if (info.isDirectory()) {
      const first = folders.get(real);
      if (first !== undefined) {
        failures.push({ path, reason: `already read as ${first} (a link, or named twice)` });
        return;
      }
      folders.set(real, path);
      let entries;
      try {
        entries = (await readdir(path)).filter((e) => !e.startsWith(".")).sort();
      } catch (e) {
        // One folder that cannot be read is named and skipped; the rest still ingest.
        failures.push({ path, reason: `folder cannot be read (${(e as NodeJS.ErrnoException).code})` });
        return;
      }
      for (const entry of entries) await walk(join(path, entry), false);
    } else if (formatOfPath(path)) {
      if (seenFiles.has(real)) return;
      seenFiles.add(real);
      files.push(path);
    } else if (explicit) {
      failures.push({ path, reason: UNSUPPORTED });
    }
  }
  for (const p of paths) await walk(p, true);
  return { files, failures };
}

/** A document from bytes already in hand (a file's or a URL's), read by its format's loader. */
export async function documentFromBytes(
  bytes: Uint8Array,
  where: { uri: string; location: string; format: Format; name: string },
): Promise<Document> {
  const loaded = await LOADERS[where.format](bytes, where.name);
  return { ...loaded, uri: where.uri, location: where.location, format: where.format };
}

/** The largest file ingest reads unless told otherwise (`ingest --max-file-mb`). */
export const MAX_FILE_MB = 100;

/**
 * The most text one document may hold unless told otherwise (`ingest --max-text-mb`). A document
 * is written in one transaction, so that a failure leaves nothing half-written; Neo4j's memory for
 * one transaction (70% of the local server's 1 GB heap) held the graph of 5 MB of dense prose and
 * not of 10 MB. A larger document is refused before extraction, at once, rather than after minutes.
 */
export const MAX_TEXT_MB = 5;

/** Refuses a document whose text is over `maxMb` (MiB of UTF-8), saying how to get it in. */
export function checkTextSize(doc: Pick<Document, "text">, maxMb = MAX_TEXT_MB): void {
  const size = Buffer.byteLength(doc.text);
  if (size > maxMb * 1024 * 1024)
    throw new Error(
      `its text is ${(size / 1024 / 1024).toFixed(size < 1024 * 1024 ? 2 : 1)} MB, over the limit of ${maxMb} MB for one document ` +
        "(a document is written in one transaction); split it, or raise the limit with --max-text-mb " +
        "and give Neo4j more memory",
    );
}

/** Reads one file. Errors say what is wrong with it, not which file it is: callers name it. */
export async function readDocument(path: string, opts: { maxMb?: number } = {}): Promise<Document> {
  const format = formatOfPath(path);
  if (!format) throw new Error(UNSUPPORTED);
  const maxMb = opts.maxMb ?? MAX_FILE_MB;
  const fail = (e: NodeJS.ErrnoException): never => {
    throw new Error(e.code === "ENOENT" ? "no such file" : `cannot be read (${e.code ?? e.message})`);
  };
  const { size } = await stat(path).catch(fail);
  if (size > maxMb * 1024 * 1024)
    throw new Error(
      `is ${(size / 1024 / 1024).toFixed(1)} MB, over the limit of ${maxMb} MB for one file; raise it with --max-file-mb`,
    );
  const bytes = await readFile(path).catch(fail);
  const uri = relative(process.cwd(), resolve(path)).split(sep).join("/") || basename(path);
  return documentFromBytes(bytes, { uri, location: resolve(path), format, name: basename(path) });
}
