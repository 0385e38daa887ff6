// The database's claims per publication month, for the explorer's timeline: it shows where the
// claims lie in time before they are all on the canvas.
import type { TimelineResponse } from "./api-contract.ts";
import type { Executor } from "./executor.ts";
import { toNumber } from "./neo4j-values.ts";
import { claimsPerMonth } from "./queries/read.ts";

export async function claimTimeline(db: Executor): Promise<TimelineResponse> {
  const rows = await db.read(claimsPerMonth);
  const months: TimelineResponse["months"] = [];
  let undated = 0;
  for (const r of rows) {
    const month = r.get("month") as string | null;
    const claims = toNumber(r.get("claims"));
    if (month === null) undated += claims;
    else months.push({ month, claims });
  }
  return { months, undated };
}
