// Queries the Cypher console needs around a user's own query.
import type { Query } from "../executor.ts";

/** The nodes a result refers to (directly or as relationship endpoints), with their whole-database degree. */
export const nodesByElementIds = (ids: string[]): Query => ({
  query: `UNWIND $ids AS eid MATCH (n) WHERE elementId(n) = eid RETURN eid, n, COUNT { (n)--() } AS degree`,
  params: { ids },
  routing: "READ",
});
