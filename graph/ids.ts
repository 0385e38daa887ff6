// Deterministic ids: the same thing always gets the same id, in every run and on every machine,
// so MERGE makes ingest idempotent and one claim stated in two documents is one node.
import { createHash } from "node:crypto";

const hash16 = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);

/** Case, accents, curly quotes, punctuation and spacing do not make two names or claims different. */
export function normalizeKey(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[^\p{L}\p{N}%$€£¥.'"]+/gu, " ")
    .replace(/\.(?=\s|$)/g, "")
    .trim();
}

export const entityId = (canonicalName: string) => `e:${hash16(normalizeKey(canonicalName))}`;
export const claimId = (text: string) => `c:${hash16(normalizeKey(text))}`;
/** Sources are identified by where they live (path or URL), so a changed file replaces its old self. */
export const sourceId = (location: string) => `s:${hash16(location)}`;
export const contentHash = (text: string) => createHash("sha256").update(text).digest("hex");
/**
 * A quantity belongs to the claim that states it: the same claim stating the same figure in the same
 * place among its figures is the same node, whichever document it is read from.
 */
export const quantityId = (claimId: string, index: number, text: string) =>
  `q:${hash16(`${claimId}|${index}|${text}`)}`;
