import type {
  Attitude,
  ContactStrength,
  Influence,
  InfluenceDirection,
  InfluenceLineKind,
  InfluenceStrength,
} from '../../../shared/enums.ts';

// The account map's own model, shared by the layout (layout/), the interactive map (components/)
// and the exports (export/). Map coordinates are CSS pixels at zoom 1; y grows downwards.

export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; width: number; height: number };

/** What the layout needs of a person: structure only, so that editing a name never moves a card. */
export type LayoutPerson = {
  id: string;
  /** Solid reporting line; ignored when the manager is not in the list or is external. */
  managerId: string | null;
  external: boolean;
  /** External people are grouped by their organisation. */
  organization: string;
  department: string;
};

export type LayoutInput = {
  /** In a stable order (the store's creation order); children are laid out in this order. */
  people: LayoutPerson[];
  /** Positions the user chose by hand (top-left corner); they win over the automatic layout. */
  positions: { personId: string; x: number; y: number }[];
};

/**
 * Where a reporting line enters a card: 'top' for a card in the tree, 'left' for a card stacked in
 * a column under its manager (managers' leaf reports are stacked to keep wide orgs readable).
 */
export type Attach = 'top' | 'left';

export type LaidOutCard = Rect & { personId: string; attach: Attach; manual: boolean };

export type MapGroup = Rect & {
  /** Stable key, e.g. `dept:<personId of the group's head>` or `org:<organisation>`. */
  key: string;
  label: string;
  kind: 'department' | 'organization';
  /** Nesting depth, outermost 0: draw lower depths first. */
  depth: number;
};

export type LayoutResult = {
  cards: LaidOutCard[];
  groups: MapGroup[];
  /** The box around every card and group. */
  bounds: Rect;
};

/** Everything one exported (or printed) map shows, already translated. */
export type MapDrawing = {
  title: string;
  /** e.g. the date and the selected deal. */
  subtitle: string;
  cards: DrawnCard[];
  groups: MapGroup[];
  reportingLines: { fromPersonId: string; toPersonId: string; dotted: boolean }[];
  influenceLines: {
    fromPersonId: string;
    toPersonId: string;
    kind: InfluenceLineKind;
    direction: InfluenceDirection;
    strength: InfluenceStrength;
  }[];
  legend: LegendEntry[];
  bounds: Rect;
};

export type DrawnCard = LaidOutCard & {
  name: string;
  title: string;
  department: string;
  external: boolean;
  /** Deal context: null when no deal is selected or the person is not on its committee. */
  member: {
    roles: string[];
    attitude: Attitude;
    influence: Influence | null;
    contact: ContactStrength;
  } | null;
  /** A deal is selected and this person is not on its committee. */
  dimmed: boolean;
  /** Translated, ready to print: e.g. "Decider · Evaluator", "Supporter", "Contact: close". */
  detailLines: string[];
};

export type LegendEntry =
  | { type: 'line'; label: string; style: 'reporting' | 'dotted' | InfluenceLineKind }
  | { type: 'attitude'; label: string; attitude: Attitude | 'none' };
