// Transcripts (podcasts, interviews, press conferences, hearings): each turn opens with its speaker's
// label and a colon ("JANE ROE: ...", "Jane Roe: ...", "Q: ...", "Reporter from Kyodo: ..."). A turn
// runs to the next label, over as many paragraphs as it has, and stops at a bracketed marker line
// ("[00:12:04]", "[END]"). Labels only count as turns when the text is a dialogue: two speakers who
// each take the floor at least twice, or one who answers questions asked by role ("Reporter from X:");
// a one-off "Venue:" or "Founded:" line is a field, not a turn.
import { TITLES, TURN_ROLES, alternation } from "../word-classes.ts";
import { lexicon } from "../lexicon.ts";
import { firstMatchingLine, titleCase, type Line } from "./lines.ts";
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
const TITLE = new RegExp(String.raw`^(?:${alternation(TITLES)})\.?\s+`, "i");
const MARKER_LINE = /^\s*\[[^\]\n]{1,40}\]\s*$|^\s*\[[^\]\n]{1,40}\]\s/;

type Label = { line: number; label: string; start: number; bodyStart: number };

export function transcriptRegions(ls: Line[]): Region[] {
  const labels: Label[] = [];
  ls.forEach((l, i) => {
    if (l.indent > 4) return;
    // "**Jane Roe:** ..." or "**Jane Roe**: ...": a label set in bold.
    const bold = /^(?:\*\*|__)/.test(l.text.slice(l.indent)) ? 2 : 0;
    const t = l.text
      .slice(l.indent + bold)
      .replace(/^([^:\n]{1,80}?)(?:\*\*|__)(:)(?:\*\*|__)?|^([^:\n]{1,80}?:)(?:\*\*|__)/, "$1$2$3  ");
    const m = LABEL.exec(t);
    if (!m) return;
    const label = m[1]!.trim();
    // "Reporter from X:" is a role; "Members of the Congress:" is a salutation.
    if (/\s(?:from|of|at|for|with)\s/.test(label) && !ROLE.test(label)) return;
    // "Note:", "Source:", "Key findings:": a label of ordinary words is a field, not a speaker.
    if (!ROLE.test(label) && label.split(/\s+/).every((w) => lexicon().common.has(w.toLowerCase().replace(/\.$/, ""))))
      return;
    const start = l.start + l.indent + bold;
    labels.push({ line: i, label, start, bodyStart: Math.min(l.end, start + m[0].length) });
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
  // "Q:" and "A:" name nobody; the page's head says who asks and who answers.
  const first = turns[0];
  const head = first ? ls.filter((l) => l.end <= first.start) : [];
  const roles = { guest: named(head, GUEST), host: named(head, HOST) };
  turns.forEach((t, n) => {
    const nextLine = n + 1 < turns.length ? turns[n + 1]!.line : ls.length;
    const endLine = firstMatchingLine(ls, t.line + 1, nextLine, MARKER_LINE);
    let last = endLine - 1;
    while (last > t.line && ls[last]!.blank) last--;
    const end = ls[last]!.end;
    if (end <= t.bodyStart) return;
    const speaker = speakerOf(t, roles);
    if (!speaker) return;
    out.push({ kind: speaker.kind, rule: "transcript-turn", start: t.bodyStart, end, speaker: speaker.speaker });
  });
  return out;
}

/** A named speaker is a person; "Reporter from X" speaks for X; "Q:" and "A:" name nobody. */
/** "an interview with Jane Roe", "host Ola Berg talks to ...": who answers and who asks. */
const PERSON = String.raw`((?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;
const GUEST = new RegExp(
  String.raw`\b(?:[Ii]nterview(?:ed)?\s+with|talks?\s+(?:to|with)|speaks?\s+(?:to|with)|spoke\s+(?:to|with)|conversation\s+with|[Gg]uest:?|[Ii]nterviewee:?|[Ww]e\s+(?:asked|spoke\s+to))\s+${PERSON}`,
  "u",
);
const HOST = new RegExp(
  String.raw`\b(?:[Hh]ost|[Ii]nterviewer|[Mm]oderator|[Ii]nterviewed\s+by|[Hh]osted\s+by)[:,]?\s+${PERSON}`,
  "u",
);

function named(head: Line[], re: RegExp): Speaker | undefined {
  for (const l of head) {
    const m = re.exec(l.text);
    if (!m) continue;
    const name = m[1]!.replace(/^(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+/, "");
    const start = l.start + m.index + m[0].lastIndexOf(name);
    return { name, start, end: start + name.length, why: "" };
  }
  return undefined;
}

const ANSWER = /^(?:a|answer|guest|interviewee)$/i;
const QUESTION = /^(?:q|question|host|interviewer)$/i;

function speakerOf(
  t: Label,
  roles: { guest?: Speaker | undefined; host?: Speaker | undefined },
): { kind: "comment" | "turn" | "answer"; speaker: Speaker } | undefined {
  const role = ANSWER.test(t.label) ? roles.guest : QUESTION.test(t.label) ? roles.host : undefined;
  if (role)
    return {
      kind: "answer",
      speaker: {
        ...role,
        why: ANSWER.test(t.label)
          ? "answers in this interview, as its head says"
          : "asks in this interview, as its head says",
      },
    };
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
  // "Jane Roe (Acme Corp)": the bracket says whom she speaks for; her name is before it.
  const bare = t.label.replace(TITLE, "").replace(/\s*\([^)]*\)$/, "");
  const at = t.start + t.label.indexOf(bare);
  return {
    kind: "comment",
    speaker: { name: titleCase(bare), start: at, end: at + bare.length, why: "speaks in this transcript turn" },
  };
}
