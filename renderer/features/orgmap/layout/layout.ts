import type { ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  EXTERNAL_GAP,
  EXTERNAL_GROUP_GAP,
  GROUP_LABEL_HEIGHT,
  GROUP_PADDING,
  LEVEL_GAP,
  SIBLING_GAP,
  SPINE_INSET,
  STACK_COLUMN_GAP,
  STACK_INDENT,
  STACK_ROW_GAP,
} from '../drawing/geometry.ts';
import type {
  LaidOutCard,
  LayoutInput,
  LayoutPerson,
  LayoutResult,
  MapGroup,
  Rect,
} from '../model.ts';

// The account map's automatic layout (issue 4).
//
// - The internal people form a forest by managerId (a missing, external or own manager, or one in
//   a reporting cycle, makes a root). elkjs `mrtree` places the trees side by side under one
//   virtual root, in input order, children in input order. `mrtree` is used for the x positions
//   only: every card row is CARD_HEIGHT + LEVEL_GAP below its manager's, so that one tall column
//   somewhere never moves the rows of an unrelated subtree.
// - A manager's leaf reports (2 or more) are stacked in a block under the manager (one column up to
//   6, else 2 or 3) entered from the left. The block is one ELK node of the block's width, with a
//   chain of invisible nodes under it as tall as the block, so that neighbouring subtrees keep clear.
// - People with neither manager nor reports, when there are ISOLATED_GRID_MIN or more (e.g. just
//   imported), sit in a roughly square grid right of the trees instead of one long row.
// - External people sit right of the tree, one box per organisation.
// - Department boxes: a box starts at each person whose department is set and differs from their
//   manager's, and holds the people below reached through the same department; a box under a
//   member of another box is nested in it.
// - Manual positions win; boxes and bounds follow the final positions.
// Names and titles are no input: editing them never moves a card. Same input → same output.

/** What the layout needs of elkjs (an `ELK` instance). */
export type ElkLayouter = { layout(graph: ElkNode): Promise<ElkNode> };

/** Leaf reports stacked in one column up to this many; beyond, 2 or 3 columns. */
export const MAX_SINGLE_COLUMN = 6;

export const ELK_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'mrtree',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': String(SIBLING_GAP),
  'elk.mrtree.weighting': 'MODEL_ORDER',
  'elk.mrtree.searchOrder': 'DFS',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

/** Columns of a stack of n cards. */
export function stackColumns(n: number): number {
  if (n <= MAX_SINGLE_COLUMN) return 1;
  if (n <= MAX_SINGLE_COLUMN * 2) return 2;
  return 3;
}

type Block = {
  managerId: string;
  members: LayoutPerson[];
  columns: number;
  rows: number;
  rowGap: number;
  columnGap: number;
  /** Width of the cards and their gutters. */
  contentWidth: number;
  contentHeight: number;
  /** Width of the ELK node: symmetric around the manager's centre when it is the only child. */
  nodeWidth: number;
  /** Left of the content relative to the ELK node's left. */
  contentOffset: number;
};

/** Distance from the manager's centre to the left edge of its stacked block's content. */
const BLOCK_LEFT_OF_CENTRE = CARD_WIDTH / 2 - (SPINE_INSET - STACK_INDENT / 2);

export type Forest = {
  byId: Map<string, LayoutPerson>;
  /** Effective manager in the tree, null for a root (and for external people). */
  parent: Map<string, string | null>;
  children: Map<string, LayoutPerson[]>;
  roots: LayoutPerson[];
  internal: LayoutPerson[];
  external: LayoutPerson[];
};

/** The reporting forest of the internal people: never loops, whatever managerId says. */
export function buildForest(people: readonly LayoutPerson[]): Forest {
  const byId = new Map<string, LayoutPerson>();
  for (const person of people) if (!byId.has(person.id)) byId.set(person.id, person);
  const unique = [...byId.values()];
  const internal = unique.filter((p) => !p.external);
  const external = unique.filter((p) => p.external);

  const parent = new Map<string, string | null>();
  for (const person of unique) {
    const manager = person.managerId === null ? undefined : byId.get(person.managerId);
    const valid =
      !person.external && manager !== undefined && !manager.external && manager.id !== person.id;
    parent.set(person.id, valid ? manager.id : null);
  }

  // Break reporting cycles: everyone on a cycle becomes a root.
  const state = new Map<string, 'open' | 'done'>();
  for (const person of internal) {
    if (state.has(person.id)) continue;
    const path: string[] = [];
    let current: string | null = person.id;
    while (current !== null && !state.has(current)) {
      state.set(current, 'open');
      path.push(current);
      current = parent.get(current) ?? null;
    }
    if (current !== null && state.get(current) === 'open') {
      const start = path.indexOf(current);
      for (const id of path.slice(start)) parent.set(id, null);
    }
    for (const id of path) state.set(id, 'done');
  }

  const children = new Map<string, LayoutPerson[]>();
  const roots: LayoutPerson[] = [];
  for (const person of internal) {
    const managerId = parent.get(person.id) ?? null;
    if (managerId === null) {
      roots.push(person);
    } else {
      const list = children.get(managerId);
      if (list) list.push(person);
      else children.set(managerId, [person]);
    }
  }
  return { byId, parent, children, roots, internal, external };
}

/** True when this person starts a department box. */
function isDepartmentHead(forest: Forest, person: LayoutPerson): boolean {
  if (person.external || person.department === '') return false;
  const managerId = forest.parent.get(person.id) ?? null;
  const manager = managerId === null ? undefined : forest.byId.get(managerId);
  return person.department !== (manager?.department ?? '');
}

function makeBlock(forest: Forest, managerId: string, members: LayoutPerson[]): Block {
  const columns = stackColumns(members.length);
  const rows = Math.ceil(members.length / columns);
  // Boxes around a single card need room for their padding and label band.
  const boxed = members.some((m) => isDepartmentHead(forest, m));
  const rowGap = boxed ? 2 * GROUP_PADDING + GROUP_LABEL_HEIGHT + 8 : STACK_ROW_GAP;
  const columnGap = boxed ? STACK_COLUMN_GAP + 2 * GROUP_PADDING : STACK_COLUMN_GAP;
  const contentWidth = columns * (STACK_INDENT + CARD_WIDTH) + (columns - 1) * columnGap;
  const contentHeight = rows * CARD_HEIGHT + (rows - 1) * rowGap;
  const half = Math.max(BLOCK_LEFT_OF_CENTRE, contentWidth - BLOCK_LEFT_OF_CENTRE);
  return {
    managerId,
    members,
    columns,
    rows,
    rowGap,
    columnGap,
    contentWidth,
    contentHeight,
    nodeWidth: 2 * half,
    contentOffset: half - BLOCK_LEFT_OF_CENTRE,
  };
}

const ROOT = 'root';
const VIRTUAL = 'v';
const personNode = (id: string): string => `p:${id}`;
const blockNode = (managerId: string): string => `b:${managerId}`;

/** People without manager and reports: in a grid right of the trees when there are this many. */
export const ISOLATED_GRID_MIN = 8;

type Grid = { members: LayoutPerson[]; columns: number; rowGap: number; columnGap: number };

type TreeItem = {
  node: string;
  depth: number;
  person?: LayoutPerson;
  block?: Block;
  grid?: Grid;
};

export async function layoutOrgChart(input: LayoutInput, elk: ElkLayouter): Promise<LayoutResult> {
  const forest = buildForest(input.people);
  const rowPitch = CARD_HEIGHT + LEVEL_GAP;

  // The ELK graph, built depth first so that node and edge order follow the input order.
  const nodes: ElkNode[] = [{ id: VIRTUAL, width: 1, height: CARD_HEIGHT }];
  const edges: { id: string; sources: string[]; targets: string[] }[] = [];
  const items: TreeItem[] = [];
  const addEdge = (source: string, target: string): void => {
    edges.push({ id: `e${edges.length}`, sources: [source], targets: [target] });
  };

  // Invisible chain under a tall node: neighbouring subtrees keep clear of all of it.
  const addChain = (from: string, width: number, height: number): void => {
    const extraRows = Math.max(0, Math.ceil((height + GROUP_PADDING) / rowPitch) - 1);
    let previous = from;
    for (let k = 1; k <= extraRows; k += 1) {
      const dummy = `d:${from}:${k}`;
      nodes.push({ id: dummy, width, height: CARD_HEIGHT });
      addEdge(previous, dummy);
      previous = dummy;
    }
  };

  // Many people without manager or reports (e.g. just imported) go in a grid, not a long row.
  const isolatedRoots = forest.roots.filter((p) => !forest.children.has(p.id));
  const isolated = new Set<LayoutPerson>(
    isolatedRoots.length >= ISOLATED_GRID_MIN ? isolatedRoots : [],
  );
  const treeRoots = forest.roots.filter((p) => !isolated.has(p));

  type Frame = { person: LayoutPerson; depth: number; parentNode: string };
  const stack: Frame[] = treeRoots
    .map((person) => ({ person, depth: 0, parentNode: VIRTUAL }))
    .reverse();
  while (stack.length > 0) {
    const { person, depth, parentNode } = stack.pop()!;
    const node = personNode(person.id);
    nodes.push({ id: node, width: CARD_WIDTH, height: CARD_HEIGHT });
    addEdge(parentNode, node);
    items.push({ node, depth, person });

    const kids = forest.children.get(person.id) ?? [];
    const leaves = kids.filter((kid) => !forest.children.has(kid.id));
    const stacked = leaves.length >= 2 ? leaves : [];
    if (stacked.length > 0) {
      const block = makeBlock(forest, person.id, stacked);
      const id = blockNode(person.id);
      nodes.push({ id, width: block.nodeWidth, height: CARD_HEIGHT });
      addEdge(node, id);
      items.push({ node: id, depth: depth + 1, block });
      addChain(id, block.nodeWidth, block.contentHeight);
    }
    const stackedSet = new Set(stacked);
    const treeKids = stacked.length > 0 ? kids.filter((kid) => !stackedSet.has(kid)) : kids;
    for (let i = treeKids.length - 1; i >= 0; i -= 1) {
      stack.push({ person: treeKids[i]!, depth: depth + 1, parentNode: node });
    }
  }

  if (isolated.size > 0) {
    const members = isolatedRoots;
    const boxed = members.some((m) => isDepartmentHead(forest, m));
    const grid: Grid = {
      members,
      columns: Math.max(4, Math.ceil(Math.sqrt(members.length))),
      rowGap: boxed ? 2 * GROUP_PADDING + GROUP_LABEL_HEIGHT + 8 : STACK_ROW_GAP,
      columnGap: boxed ? STACK_COLUMN_GAP + 2 * GROUP_PADDING : STACK_COLUMN_GAP,
    };
    const rows = Math.ceil(members.length / grid.columns);
    const width = grid.columns * CARD_WIDTH + (grid.columns - 1) * grid.columnGap;
    const height = rows * CARD_HEIGHT + (rows - 1) * grid.rowGap;
    const id = 'g:isolated';
    nodes.push({ id, width, height: CARD_HEIGHT });
    addEdge(VIRTUAL, id);
    items.push({ node: id, depth: 0, grid });
    addChain(id, width, height);
  }

  const xOf = new Map<string, number>();
  if (items.length > 0) {
    const graph: ElkNode = { id: ROOT, layoutOptions: ELK_OPTIONS, children: nodes, edges };
    const result = await elk.layout(graph);
    for (const child of result.children ?? []) xOf.set(child.id, child.x ?? 0);
  }

  // Tree cards: x from ELK, y from the depth.
  const auto = new Map<string, LaidOutCard>();
  const place = (id: string, x: number, y: number, attach: 'top' | 'left'): void => {
    auto.set(id, {
      personId: id,
      x,
      y,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      attach,
      manual: false,
    });
  };
  for (const item of items) {
    const x = xOf.get(item.node) ?? 0;
    const y = item.depth * rowPitch;
    if (item.person) {
      place(item.person.id, x, y, 'top');
    } else if (item.block) {
      const block = item.block;
      const left = x + block.contentOffset;
      block.members.forEach((member, index) => {
        const column = Math.floor(index / block.rows);
        const row = index % block.rows;
        place(
          member.id,
          left + column * (STACK_INDENT + CARD_WIDTH + block.columnGap) + STACK_INDENT,
          y + row * (CARD_HEIGHT + block.rowGap),
          'left',
        );
      });
    } else if (item.grid) {
      const grid = item.grid;
      grid.members.forEach((member, index) => {
        const column = index % grid.columns;
        const row = Math.floor(index / grid.columns);
        place(
          member.id,
          x + column * (CARD_WIDTH + grid.columnGap),
          y + row * (CARD_HEIGHT + grid.rowGap),
          'top',
        );
      });
    }
  }
  // The tree starts at x = 0.
  let minX = Infinity;
  for (const card of auto.values()) minX = Math.min(minX, card.x);
  if (Number.isFinite(minX) && minX !== 0) {
    for (const card of auto.values()) card.x -= minX;
  }

  // External people: one box per organisation, right of the tree, in order of first appearance.
  let treeRight = -Infinity;
  for (const card of auto.values()) treeRight = Math.max(treeRight, card.x + card.width);
  const externalLeft = Number.isFinite(treeRight) ? treeRight + EXTERNAL_GAP : 0;
  const organizations = new Map<string, LayoutPerson[]>();
  for (const person of forest.external) {
    const list = organizations.get(person.organization);
    if (list) list.push(person);
    else organizations.set(person.organization, [person]);
  }
  let top = 0;
  for (const members of organizations.values()) {
    const columns = stackColumns(members.length);
    const rows = Math.ceil(members.length / columns);
    members.forEach((member, index) => {
      const column = Math.floor(index / rows);
      const row = index % rows;
      place(
        member.id,
        externalLeft + GROUP_PADDING + column * (CARD_WIDTH + STACK_COLUMN_GAP),
        top + GROUP_LABEL_HEIGHT + GROUP_PADDING + row * (CARD_HEIGHT + STACK_ROW_GAP),
        'top',
      );
    });
    const height =
      GROUP_LABEL_HEIGHT + 2 * GROUP_PADDING + rows * CARD_HEIGHT + (rows - 1) * STACK_ROW_GAP;
    top += height + EXTERNAL_GROUP_GAP;
  }

  // Manual positions win.
  const cardsById = new Map<string, LaidOutCard>();
  const manual = new Map(input.positions.map((p) => [p.personId, p] as const));
  for (const person of forest.byId.values()) {
    const card = auto.get(person.id);
    if (!card) continue;
    const position = manual.get(person.id);
    cardsById.set(
      person.id,
      position && Number.isFinite(position.x) && Number.isFinite(position.y)
        ? { ...card, x: position.x, y: position.y, manual: true }
        : card,
    );
  }
  // Cards in input order.
  const cards = [...forest.byId.keys()].flatMap((id) => {
    const card = cardsById.get(id);
    return card ? [card] : [];
  });

  const groups = [
    ...departmentGroups(forest, items, cardsById),
    ...organizationGroups(organizations, cardsById),
  ];
  return { cards, groups, bounds: boundsOf([...cards, ...groups]) };
}

function departmentGroups(
  forest: Forest,
  items: readonly TreeItem[],
  cards: ReadonlyMap<string, LaidOutCard>,
): MapGroup[] {
  // People in depth-first order (stacked reports right after their manager).
  const order: LayoutPerson[] = [];
  for (const item of items) {
    if (item.person) order.push(item.person);
    else if (item.block) order.push(...item.block.members);
    else if (item.grid) order.push(...item.grid.members);
  }
  const heads = order.filter((p) => isDepartmentHead(forest, p));
  if (heads.length === 0) return [];

  /** Person → key of the department box they belong to. */
  const memberOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const head of heads) {
    const key = `dept:${head.id}`;
    const list: string[] = [];
    const queue = [head];
    for (let q = 0; q < queue.length; q += 1) {
      const person = queue[q]!;
      memberOf.set(person.id, key);
      list.push(person.id);
      for (const kid of forest.children.get(person.id) ?? []) {
        if (kid.department === head.department) queue.push(kid);
      }
    }
    members.set(key, list);
  }

  // Parent box: the box of the head's manager; heads come in depth-first order, so parents first.
  const depthOf = new Map<string, number>();
  const parentOf = new Map<string, string | null>();
  for (const head of heads) {
    const key = `dept:${head.id}`;
    const managerId = forest.parent.get(head.id) ?? null;
    const parentKey = managerId === null ? null : (memberOf.get(managerId) ?? null);
    parentOf.set(key, parentKey);
    depthOf.set(key, parentKey === null ? 0 : (depthOf.get(parentKey) ?? 0) + 1);
  }

  // Boxes bottom-up: a box holds its cards and its nested boxes.
  const boxes = new Map<string, Rect>();
  const nested = new Map<string, Rect[]>();
  for (let i = heads.length - 1; i >= 0; i -= 1) {
    const head = heads[i]!;
    const key = `dept:${head.id}`;
    const rects: Rect[] = [...(nested.get(key) ?? [])];
    for (const id of members.get(key) ?? []) {
      const card = cards.get(id);
      if (card) rects.push(card);
    }
    const inner = boundsOf(rects);
    const box = {
      x: inner.x - GROUP_PADDING,
      y: inner.y - GROUP_PADDING - GROUP_LABEL_HEIGHT,
      width: inner.width + 2 * GROUP_PADDING,
      height: inner.height + 2 * GROUP_PADDING + GROUP_LABEL_HEIGHT,
    };
    boxes.set(key, box);
    const parentKey = parentOf.get(key) ?? null;
    if (parentKey !== null) {
      const list = nested.get(parentKey);
      if (list) list.push(box);
      else nested.set(parentKey, [box]);
    }
  }

  const groups = heads.map((head): MapGroup => {
    const key = `dept:${head.id}`;
    return {
      key,
      label: head.department,
      kind: 'department',
      depth: depthOf.get(key) ?? 0,
      ...boxes.get(key)!,
    };
  });
  // Outer boxes first (stable within a depth).
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => a.group.depth - b.group.depth || a.index - b.index)
    .map(({ group }) => group);
}

function organizationGroups(
  organizations: ReadonlyMap<string, LayoutPerson[]>,
  cards: ReadonlyMap<string, LaidOutCard>,
): MapGroup[] {
  const groups: MapGroup[] = [];
  for (const [organization, members] of organizations) {
    const rects = members.flatMap((m) => {
      const card = cards.get(m.id);
      return card ? [card] : [];
    });
    if (rects.length === 0) continue;
    const inner = boundsOf(rects);
    groups.push({
      key: `org:${organization}`,
      label: organization,
      kind: 'organization',
      depth: 0,
      x: inner.x - GROUP_PADDING,
      y: inner.y - GROUP_PADDING - GROUP_LABEL_HEIGHT,
      width: inner.width + 2 * GROUP_PADDING,
      height: inner.height + 2 * GROUP_PADDING + GROUP_LABEL_HEIGHT,
    });
  }
  return groups;
}

/** The box around all the rects; an empty box at the origin when there are none. */
export function boundsOf(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
