// Scores a graph against gold annotations with the metrics of the project's yardstick
// (../shared/eval/score.mjs): entity P/R/F1 by name or alias, typed share, splits, claim P/R/F1
// by token overlap, about F1 and attribution accuracy, per document and micro-averaged.
import { basename } from "node:path";
import { z } from "zod";
import type { WireGraph } from "../graph/wire.ts";

export const GoldFile = z.object({
  doc: z.string(),
  entities: z.array(z.object({ name: z.string(), type: z.string(), aliases: z.array(z.string()) })),
  claims: z.array(
    z.object({
      quote: z.string(),
      about: z.array(z.string()),
      attributedTo: z.string().nullable(),
      numbers: z.array(z.string()),
    }),
  ),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** The yardstick's name normalisation: no accents, case, possessive 's, punctuation or leading "the". */
export const normName = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
const tokens = (s: string) => normName(s).split(" ").filter(Boolean);

type Counts = {
  ent: { gold: number; sys: number; tpGold: number; tpSys: number; typed: number; splits: number };
  claim: { gold: number; sys: number; tp: number };
  about: { tp: number; gold: number; sys: number };
  attrib: { gold: number; ok: number };
};
export type DocScore = Counts & { doc: string; found: boolean };

type Attrs = Record<string, unknown>;

export function scoreDocument(graph: WireGraph, gold: GoldFile): DocScore {
  const nodes = new Map<string, Attrs>(graph.nodes.map((n) => [n.key, n.attributes as Attrs]));
  const out = new Map<string, { target: string; type: string }[]>();
  for (const e of graph.edges) {
    const list = out.get(e.source) ?? [];
    list.push({ target: e.target, type: e.attributes.type });
    out.set(e.source, list);
  }
  const outOf = (key: string, type: string) => (out.get(key) ?? []).filter((e) => e.type === type).map((e) => e.target);
  const namesOf = (a: Attrs) =>
    new Set([a.name, ...((a.aliases as string[] | undefined) ?? [])].filter(Boolean).map((n) => normName(String(n))));

  const want = basename(gold.doc);
  const src = [...nodes].find(
    ([, a]) => a.kind === "Source" && basename(String(a.uri ?? "").split("?")[0]!) === want,
  )?.[0];
  const claimKeys = src
    ? graph.edges.filter((e) => e.attributes.type === "STATED_IN" && e.target === src).map((e) => e.source)
    : [];
  const entityKeys = new Set(src ? outOf(src, "MENTIONS") : []);
  for (const c of claimKeys) for (const t of outOf(c, "ABOUT")) entityKeys.add(t);

  const goldNames = gold.entities.map((g) => namesOf(g));
  const sys = [...entityKeys].map((key) => ({ key, names: namesOf(nodes.get(key) ?? {}), type: nodes.get(key)?.type }));
  const goldToSys = goldNames.map((g) => sys.filter((s) => [...s.names].some((n) => g.has(n))));
  const sysToGold = (key: string) => {
    const names = namesOf(nodes.get(key) ?? {});
    return gold.entities.filter((_, i) => [...names].some((n) => goldNames[i]!.has(n))).map((g) => g.name);
  };

  const sysClaims = claimKeys.map((key) => ({ key, tok: new Set(tokens(String(nodes.get(key)?.text ?? ""))) }));
  const pairs: { gi: number; si: number; w: number }[] = [];
  gold.claims.forEach((g, gi) => {
    const gt = tokens(g.quote);
    sysClaims.forEach((s, si) => {
      const inter = gt.filter((t) => s.tok.has(t)).length;
      const cover = gt.length ? inter / gt.length : 0;
      const focus = s.tok.size ? inter / s.tok.size : 0;
      if (cover >= 0.7 && focus >= 0.3) pairs.push({ gi, si, w: cover + focus });
    });
  });
  pairs.sort((x, y) => y.w - x.w);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const c: Counts = {
    ent: {
      gold: gold.entities.length,
      sys: sys.length,
      tpGold: goldToSys.filter((m) => m.length > 0).length,
      tpSys: sys.filter((s) => goldNames.some((g) => [...s.names].some((n) => g.has(n)))).length,
      typed: goldToSys.filter((m, i) => m.some((s) => s.type === gold.entities[i]!.type)).length,
      splits: goldToSys.filter((m) => m.length > 1).length,
    },
    claim: { gold: gold.claims.length, sys: sysClaims.length, tp: 0 },
    about: { tp: 0, gold: 0, sys: 0 },
    attrib: { gold: 0, ok: 0 },
  };
  for (const p of pairs) {
    if (usedG.has(p.gi) || usedS.has(p.si)) continue;
    usedG.add(p.gi);
    usedS.add(p.si);
    c.claim.tp++;
    const g = gold.claims[p.gi]!;
    const key = sysClaims[p.si]!.key;
    const sysAbout = new Set(outOf(key, "ABOUT").flatMap(sysToGold));
    c.about.gold += g.about.length;
    c.about.sys += sysAbout.size;
    c.about.tp += g.about.filter((n) => sysAbout.has(n)).length;
    if (g.attributedTo) {
      c.attrib.gold++;
      if (outOf(key, "ATTRIBUTED_TO").flatMap(sysToGold).includes(g.attributedTo)) c.attrib.ok++;
    }
  }
  return { doc: gold.doc, found: Boolean(src), ...c };
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export type Summary = ReturnType<typeof summarize>;

export function summarize(rows: Counts[]) {
  const sum = (get: (r: Counts) => number) => rows.reduce((n, r) => n + get(r), 0);
  const entP = ratio(
    sum((r) => r.ent.tpSys),
    sum((r) => r.ent.sys),
  );
  const entR = ratio(
    sum((r) => r.ent.tpGold),
    sum((r) => r.ent.gold),
  );
  const claimP = ratio(
    sum((r) => r.claim.tp),
    sum((r) => r.claim.sys),
  );
  const claimR = ratio(
    sum((r) => r.claim.tp),
    sum((r) => r.claim.gold),
  );
  const aboutP = ratio(
    sum((r) => r.about.tp),
    sum((r) => r.about.sys),
  );
  const aboutR = ratio(
    sum((r) => r.about.tp),
    sum((r) => r.about.gold),
  );
  return {
    entP,
    entR,
    entF1: f1(entP, entR),
    typed: ratio(
      sum((r) => r.ent.typed),
      sum((r) => r.ent.gold),
    ),
    splits: sum((r) => r.ent.splits),
    claimP,
    claimR,
    claimF1: f1(claimP, claimR),
    aboutF1: f1(aboutP, aboutR),
    attrib: ratio(
      sum((r) => r.attrib.ok),
      sum((r) => r.attrib.gold),
    ),
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** The same table and overall line as the yardstick prints. */
export function formatScores(rows: DocScore[]): string {
  const lines = ["doc                                   entP  entR typed split  clmP  clmR aboutF1 attrib"];
  for (const r of rows) {
    const s = summarize([r]);
    lines.push(
      `${r.doc.padEnd(36).slice(0, 36)} ${pct(s.entP)} ${pct(s.entR)} ${pct(s.typed)} ${String(s.splits).padStart(5)} ` +
        `${pct(s.claimP)} ${pct(s.claimR)}   ${pct(s.aboutF1)}  ${pct(s.attrib)}${r.found ? "" : "   (document not in export)"}`,
    );
  }
  const t = summarize(rows);
  lines.push(
    `overall: entity F1 ${pct(t.entF1)} (P ${pct(t.entP)} R ${pct(t.entR)}, typed ${pct(t.typed)}, splits ${t.splits}) | ` +
      `claim F1 ${pct(t.claimF1)} (P ${pct(t.claimP)} R ${pct(t.claimR)}) | about F1 ${pct(t.aboutF1)} | attribution ${pct(t.attrib)}`,
  );
  return lines.join("\n");
}
