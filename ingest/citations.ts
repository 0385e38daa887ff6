// What a document cites: URLs (also the bare "x.com/..." forms threads use, possibly cut short with
// "…") and publications it names as where something was published or reported.
import type { Citation } from "./extraction.ts";
import type { FoundMention } from "./entities.ts";
import { CITING_CUES, alternation } from "./word-classes.ts";

const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"'”)\]]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|cn|uk|de|fr|au|co|int|info)\/[^\s<>"'”)\]]*/gi;
/** Words before a publication's name that cite it as where something appeared: "published in Nature". */
const CITING = new RegExp(`\\b(?:${alternation(CITING_CUES)})\\b[^.;:]{0,30}$`, "i");

export function findCitations(text: string, mentions: FoundMention[]): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(URL)) {
    const raw = m[0].replace(/[.,;:!?]+$/, "");
    const truncated = raw.endsWith("…");
    const uri = /^https?:\/\//i.test(raw) ? raw : `https://${raw.replace(/…$/, "")}`;
    const host = uri.replace(/^https?:\/\//i, "").split("/")[0]!;
    out.push({
      start: m.index,
      end: m.index + raw.length,
      uri,
      title: truncated ? `${host} (link shortened in the text)` : host,
      kind: "web",
    });
  }
  for (const m of mentions) {
    if (m.entity.type !== "Publication") continue;
    if (!CITING.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    out.push({
      start: m.start,
      end: m.end,
      uri: `publication:${m.entity.name}`,
      title: m.entity.name,
      kind: "publication",
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
