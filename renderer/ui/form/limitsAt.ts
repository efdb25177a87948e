import { z } from 'zod';

/** How long a text or a list may be, and the range of a number, as a contract schema says. */
export type Limits = { maxLength?: number; maxItems?: number; minimum?: number; maximum?: number };

/** The part of a JSON Schema that says where a value sits and how long it may be. */
type Node = Limits & {
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
};

// One conversion per schema: forms ask for the limits of every field on every render.
const converted = new WeakMap<z.ZodType, Node>();

function jsonSchemaOf(schema: z.ZodType): Node {
  let node = converted.get(schema);
  if (!node) {
    // What the form sends is the schema's input; what JSON Schema cannot say is left open.
    node = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node;
    converted.set(schema, node);
  }
  return node;
}

/** A node and the alternatives it stands for (a nullable field is `anyOf: [field, null]`). */
const withAlternatives = (node: Node): Node[] => [
  node,
  ...[...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].flatMap(
    withAlternatives,
  ),
];

/** One step down a path: a row of a list (any row: they share one schema), or a property. */
function step(node: Node, segment: string): Node[] {
  const next = /^[0-9]+$/.test(segment) ? node.items : node.properties?.[segment];
  return next ? [next] : [];
}

/** Each limit, and how alternatives combine into the loosest (the one none goes past). */
const LOOSEST = [
  ['maxLength', Math.max],
  ['maxItems', Math.max],
  ['minimum', Math.min],
  ['maximum', Math.max],
] as const;

/**
 * The limits at a field of a contract schema, so that a form stops typing where saving would
 * fail. `path` is the form's field path: 'title', 'objectives.3.term' (any row of the list).
 */
export function limitsAt(schema: z.ZodType, path: string): Limits {
  let nodes = withAlternatives(jsonSchemaOf(schema));
  for (const segment of path.split('.')) {
    nodes = nodes.flatMap((node) => step(node, segment)).flatMap(withAlternatives);
  }
  const limits: Limits = {};
  for (const [key, loosest] of LOOSEST) {
    const known = nodes.flatMap((node) => (node[key] === undefined ? [] : [node[key]]));
    if (known.length > 0) limits[key] = loosest(...known);
  }
  return limits;
}
