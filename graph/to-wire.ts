// Neo4j records -> the wire format (graph/wire.ts). The only place that knows both shapes.
import type { Node, Relationship } from "neo4j-driver";
import { NODE_KINDS, type NodeKind, type StoredQuantity } from "./model.ts";
import { formatQuantity } from "./quantity-format.ts";
import { plainProperties, toNumber } from "./neo4j-values.ts";
import { EdgeAttributes, NodeAttributes, type WireGraph } from "./wire.ts";

export const labelOf = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A driver Node, or the {labels, properties} map that queries return to leave out bulky properties. */
export type NodeLike = Pick<Node, "labels" | "properties">;

/** `claims`: the claims about or by an entity, or stated in a source, where the query counted them. */
export function wireNode(node: NodeLike, degree?: unknown, claims?: unknown): WireGraph["nodes"][number] {
  const kind = NODE_KINDS.find((k) => node.labels.includes(k)) as NodeKind | undefined;
  const p = plainProperties(node.properties) as Record<string, unknown> & { id: string };
  if (!kind) throw new Error(`to-wire: node ${p.id} has none of the labels ${NODE_KINDS.join(", ")}`);
  const deg = degree === undefined ? {} : { degree: toNumber(degree) };
  const base = (() => {
    switch (kind) {
      case "Entity":
        return {
          kind,
          label: p.name,
          name: p.name,
          type: p.type,
          aliases: p.aliases ?? [],
          description: p.description,
          resolution: p.resolution,
          found: p.found,
        };
      case "Claim":
        return {
          kind,
          label: labelOf(String(p.text)),
          text: p.text,
          numbers: p.numbers ?? [],
          quantities: typeof p.quantities === "string" ? JSON.parse(p.quantities) : undefined,
          confidence: p.confidence,
          hedged: p.hedged ?? false,
          publishedAt: p.publishedAt,
          corroborations: p.corroborations === undefined ? undefined : toNumber(p.corroborations),
          contradictions: p.contradictions === undefined ? undefined : toNumber(p.contradictions),
          why: p.why,
        };
      case "Source":
        return {
          kind,
          label: labelOf(String(p.title || p.uri)),
          title: p.title,
          uri: p.uri,
          sourceKind: p.kind,
          author: p.author,
          publisher: p.publisher,
          publishedAt: p.publishedAt,
        };
      case "Quantity": {
        const { id: _id, ...stored } = p;
        return quantityAttributes(stored as Omit<StoredQuantity, "id">);
      }
    }
  })();
  const counted = claims === undefined || claims === null || (kind !== "Entity" && kind !== "Source");
  const attributes = NodeAttributes.parse(
    dropUndefined({ ...base, ...deg, ...(counted ? {} : { claims: toNumber(claims) }) }),
  );
  return { key: p.id, attributes };
}

export function wireEdge(rel: Relationship, source: string, target: string): WireGraph["edges"][number] {
  const attributes = EdgeAttributes.parse({ type: rel.type, ...plainProperties(rel.properties) });
  return { key: rel.elementId, source, target, attributes };
}

/**
 * A Quantity node's wire attributes from its stored properties: the node kind is `kind`, so the
 * quantity's own kind travels as `quantityKind`; `label` is the figure formatted for people.
 */
export function quantityAttributes(q: Omit<StoredQuantity, "id">): Extract<NodeAttributes, { kind: "Quantity" }> {
  const { kind: quantityKind, ...rest } = q;
  return dropUndefined({
    ...rest,
    kind: "Quantity",
    label: formatQuantity(q),
    quantityKind,
  }) as Extract<NodeAttributes, { kind: "Quantity" }>;
}

const dropUndefined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
