// A batch's claims' quantities as Quantity nodes and the STATES relationships that tie each to its
// claim: what makes `MATCH (c:Claim)-[:STATES]->(q:Quantity {unit: 'USD'}) WHERE q.value > 1e9` work.
import { quantityId } from "./ids.ts";
import type { Claim, GraphBatch } from "./model.ts";

export function quantityNodes(claims: readonly Claim[]): Pick<GraphBatch, "quantities" | "states"> {
  const quantities: GraphBatch["quantities"] = [];
  const states: GraphBatch["states"] = [];
  for (const claim of claims)
    claim.quantities.forEach((q, index) => {
      const id = quantityId(claim.id, index, q.text);
      quantities.push({ ...q, id });
      states.push({ claimId: claim.id, quantityId: id });
    });
  return { quantities, states };
}
