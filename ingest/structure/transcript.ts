// Transcripts (podcasts, interviews, press conferences, hearings): each turn opens with its speaker's
// label and a colon ("JANE ROE: ...", "Jane Roe: ...", "Q: ...", "Reporter from Reuters: ..."). A turn
// runs to the next label, over as many paragraphs as it has, and stops at a bracketed marker line
// ("[00:12:04]", "[END]"). Labels only count as turns when the text is a dialogue: two speakers who
// each take the floor at least twice, or one who answers questions asked by role ("Reporter from X:");
// a one-off "Venue:" or "Founded:" line is a field, not a turn.
import { TURN_ROLES, alternation } from "../word-classes.ts";
import { titleCase, type Line } from "./lines.ts";
import type { Region, Speaker } from "./types.ts";

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*\.?|(?:de|van|von|der|da|di|bin|al)\b)`;
/** A label of one to five capitalised words before a colon, with what follows on the line. */
const LABEL = new RegExp(
  String.raw`^(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,4}|\p{Lu}[\p{L}]*[ \t]+(?:from|of|at|for|with)[ \t]+[^:\n]{2,60}?|[^:\n]{2,40}?\([^)\n]{2,40}\))[ \t]*:(?:[ \t]+|$)`,
  "u",
);
const ROLE = new RegExp(String.raw`^(?:${alternation(TURN_ROLES)})\b`, "i");
/** "Reporter from X", "Reporter (X)", "X reporter": the organisation the speaker speaks for. */
const ROLE_FROM = new RegExp(
  String.raw`^(?:${alternation(TURN_ROLES)})\s+(?:from|of|at|for|with)\s+(?:the\s+)?(.+)$|^(?:${alternation(TURN_ROLES)})\s*\((.+)\)$`,
  "i",
);
const TITLE = /^(?:dr|mr|mrs|ms|prof|professor|sir|dame)\.?\s+/i;
const MARKER_LINE = /^\s*\[[^\]\n]{1,40}\]\s*$|^\s*\[[^\]\n]{1,40}\]\s/;

type Label = { line: number; label: string; start: number; bodyStart: number };

export function transcriptRegions(ls: Line[]): Region[] {
  const labels: Label[] = [];
  ls.forEach((l, i) => {
    if (l.indent > 4) return;
    const t = l.text.slice(l.indent);
    const m = LABEL.exec(t);
    if (!m) return;
    const label = m[1]!.trim();
    labels.push({ line: i, label, start: l.start + l.indent, bodyStart: l.start + l.indent + m[0].length });
  });
  const times = new Map<string, number>();
  for (const l of labels) times.set(l.label.toLowerCase(), (times.get(l.label.toLowerCase()) ?? 0) + 1);
  const recurring = [...times.values()].filter((n) => n >= 2).length;
  // A dialogue: two speakers who each speak twice, or one who answers questions put by role ("Q:",
  // "Reporter from X:"), each reporter asking once.
  const asked = labels.some((l) => ROLE.test(l.label));
  if (recurring < 2 && !(recurring === 1 && asked)) return [];
  const turns = labels.filter((l) => (times.get(l.label.toLowerCase()) ?? 0) >= 2 || ROLE.test(l.label));
  const out: Region[] = [];
  turns.forEach((t, n) => {
    const nextLine = n + 1 < turns.length ? turns[n + 1]!.line : ls.length;
    let endLine = nextLine;
    for (let i = t.line + 1; i < nextLine; i++)
      if (MARKER_LINE.test(ls[i]!.text)) {
        endLine = i;
        break;
      }
    let last = endLine - 1;
    while (last > t.line && ls[last]!.blank) last--;
    const end = ls[last]!.end;
    if (end <= t.bodyStart) return;
    const speaker = speakerOf(t);
    if (!speaker) return;
    out.push({ kind: speaker.kind, rule: "transcript-turn", start: t.bodyStart, end, speaker: speaker.speaker });
  });
  return out;
}

/** A named speaker is a person; "Reporter from X" speaks for X; "Q:" and "A:" name nobody. */
function speakerOf(t: Label): { kind: "comment" | "turn"; speaker: Speaker } | undefined {
  const from = ROLE_FROM.exec(t.label);
  if (from) {
    const org = (from[1] ?? from[2])!.trim();
    const at = t.start + t.label.lastIndexOf(org);
    return {
      kind: "turn",
      speaker: {
        name: org,
        start: at,
        end: at + org.length,
        why: "asked this, for the outlet named in the turn's label",
      },
    };
  }
  if (ROLE.test(t.label)) return undefined;
  const bare = t.label.replace(TITLE, "");
  const at = t.start + t.label.indexOf(bare);
  return {
    kind: "comment",
    speaker: { name: titleCase(bare), start: at, end: at + bare.length, why: "speaks in this transcript turn" },
  };
}
