import type { Edge, Node } from '@xyflow/react';
import type { InfluenceLine, MapCommitteeMember } from '../../../../shared/orgchart.ts';
import type { Person } from '../../../../shared/schemas.ts';
import type { Attach, MapGroup } from '../model.ts';

export type CardData = {
  person: Person;
  /** Deal context: this person's place on the committee, null when not a member or no deal. */
  member: MapCommitteeMember | null;
  roleLabels: string[];
  /** A deal is selected and this person is not on its committee. */
  dimmed: boolean;
  editing: boolean;
  attach: Attach;
};
export type CardNode = Node<CardData, 'card'>;

export type GroupData = { group: MapGroup };
export type GroupNode = Node<GroupData, 'mapGroup'>;

export type MapNode = CardNode | GroupNode;

export type ReportingEdgeData = { dotted: boolean };
export type ReportingEdge = Edge<ReportingEdgeData, 'reporting'>;

export type InfluenceEdgeData = { line: InfluenceLine; offset: number };
export type InfluenceEdge = Edge<InfluenceEdgeData, 'influence'>;

export type MapEdge = ReportingEdge | InfluenceEdge;
