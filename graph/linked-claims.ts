// A claim's corroborations and disputes for Details: the other claims, why they are linked, and
// their quotes, read from the CORROBORATES and CONTRADICTS edges in both directions.
import type { LinkedClaim, LinkedStatement } from "./api-contract.ts";
import type { Executor } from "./executor.ts";
import { Quantity } from "./model.ts";
import { plainProperties, toNumber } from "./neo4j-values.ts";
import { linkedClaims as linkedClaimsQuery } from "./queries/linked-claims.ts";

export type ClaimLinks = { corroborations: LinkedClaim[]; disputes: LinkedClaim[] };

/**
 * The claim's figures: its Quantity nodes when it has them, else the JSON it was stored with.
 * A figure that does not parse is left out rather than failing the whole panel.
 */
export function quantitiesOf(nodes: unknown[], json: unknown): Quantity[] {
  let raw: unknown[] = nodes.map((n) => plainProperties(n as Record<string, unknown>));
  if (raw.length === 0 && typeof json === "string") {
    try {
      const parsed: unknown = JSON.parse(json);
      raw = Array.isArray(parsed) ? parsed : [];
    } catch {
      raw = [];
    }
  }
  return raw.flatMap((q) => {
    const withoutNulls = Object.fromEntries(Object.entries(q as object).filter(([, v]) => v !== null));
    const parsed = Quantity.safeParse(withoutNulls);
    return parsed.success ? [parsed.data] : [];
  });
}

function statementOf(s: Record<string, unknown>): LinkedStatement {
  return {
    sourceId: String(s.sourceId),
    sourceTitle: String(s.sourceTitle ?? s.sourceUri ?? ""),
    sourceUri: String(s.sourceUri ?? ""),
    start: toNumber(s.start),
    end: toNumber(s.end),
    quote: String(s.quote ?? ""),
    ...(s.page == null ? {} : { page: toNumber(s.page) }),
  };
}

export async function claimLinks(db: Executor, claimId: string): Promise<ClaimLinks> {
  const links: ClaimLinks = { corroborations: [], disputes: [] };
  for (const r of await db.read(linkedClaimsQuery(claimId))) {
    const score = r.get("score") as unknown;
    const linked: LinkedClaim = {
      key: r.get("key"),
      text: r.get("text"),
      quantities: quantitiesOf(r.get("quantityNodes") as unknown[], r.get("quantitiesJson")),
      why: r.get("why"),
      ...(score == null ? {} : { score: toNumber(score) }),
      statements: (r.get("statements") as Record<string, unknown>[]).map(statementOf),
    };
    (r.get("rel") === "CONTRADICTS" ? links.disputes : links.corroborations).push(linked);
  }
  return links;
}
