import { Alert, Box, Center, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeTypes,
  type FitViewOptions,
  type OnNodeDrag,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeMember } from '../../../../shared/committee.ts';
import type { InfluenceLine, MapCommitteeMember } from '../../../../shared/orgchart.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { navigate } from '../../../routes/navigate.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { issueMessage } from '../../../ui/form/issueMessage.ts';
import { isSaveEnter } from '../../../ui/isSaveEnter.ts';
import { buyingRoleQueries, committeeQueries } from '../../committee/index.ts';
import { opportunityQueries } from '../../opportunities/index.ts';
import { orgchartQueries } from '../api/orgchartQueries.ts';
import { useMapEdits } from '../api/useMapEdits.ts';
import {
  ATTITUDE_COLOURS,
  CARD_HEIGHT,
  CARD_WIDTH,
  influenceOffsets,
  type LineStyleKey,
} from '../drawing/geometry.ts';
import { createUndoStack } from '../hooks/undoStack.ts';
import { useLayout } from '../hooks/useLayout.ts';
import { useMapExport } from '../hooks/useMapExport.tsx';
import { CommitteeDialog, NOT_A_MEMBER, type CommitteeValues } from './CommitteeDialog.tsx';
import { LineDialog, NEW_LINE, type LineValues } from './LineDialog.tsx';
import { CardActionsContext, type CardActions } from './mapContext.ts';
import cardClasses from './MapCard.module.css';
import { MapCard } from './MapCard.tsx';
import { InfluenceLineEdge, InfluenceMarkers, ReportingLine } from './MapEdges.tsx';
import { MapGroupNode } from './MapGroupNode.tsx';
import { MapLegend } from './MapLegend.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import type { CardData, CardNode, GroupNode, MapEdge, MapNode } from './mapTypes.ts';
import { overlayPadding, type SidePadding, type ViewBox } from './overlayPadding.ts';
import { QuickAddDialog, type QuickAddRequest, type QuickAddValues } from './QuickAddDialog.tsx';
import { localLabel } from '../../../i18n/localLabel.ts';

const nodeTypes: NodeTypes = { card: MapCard, mapGroup: MapGroupNode };
const edgeTypes: EdgeTypes = { reporting: ReportingLine, influence: InfluenceLineEdge };
/**
 * Below this zoom the whole chart fits (clear of the overlays): start at the top instead. Low
 * enough that the demo maps are seen whole at 1280×800.
 */
const FIRST_VIEW_MIN_ZOOM = 0.3;
/** The zoom of that start at the top of a bigger chart. */
const TOP_VIEW_ZOOM = 0.45;
/** The minimap, small enough to leave the chart most of the view. */
const MINIMAP_SIZE = { width: 160, height: 110 };
/** From this many people on, dashed lines are drawn solid while the view pans or zooms. */
const SIMPLIFY_WHILE_MOVING_FROM = 500;
/** How long the view rests before dashed lines are drawn dashed again. */
const DASHES_BACK_AFTER_MS = 300;

type LineDialogState =
  | { mode: 'create'; from: string; to: string; values: LineValues }
  | { mode: 'edit'; line: InfluenceLine; values: LineValues };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

/**
 * The account's map: people as cards laid out by reporting lines, grouped by department, with
 * influence lines; every edit happens on the map and can be undone. With a deal selected the
 * committee stands out with roles and attitude colours.
 */
export function OrgMap({
  accountId,
  opportunityId,
}: {
  accountId: string;
  opportunityId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const flow = useReactFlow<MapNode, MapEdge>();
  const chartQuery = useQuery({
    ...orgchartQueries.chart(accountId, opportunityId ?? undefined),
    placeholderData: (previous) => previous,
  });
  const opportunities = useQuery(opportunityQueries.list(accountId));
  const roles = useQuery(buyingRoleQueries.list());
  const chart = chartQuery.data;
  const { layout, error: layoutError } = useLayout(chart);

  const stack = useMemo(() => createUndoStack(), []);
  const undoState = useSyncExternalStore(stack.subscribe, stack.getState);
  const edits = useMapEdits(accountId, stack.push);

  const [hidden, setHidden] = useState<ReadonlySet<LineStyleKey>>(new Set());
  const [editingId, setEditingId] = useState<string | null>(null);
  const [quickAdd, setQuickAdd] = useState<QuickAddRequest | null>(null);
  const [quickAddBusy, setQuickAddBusy] = useState(false);
  const [quickAddError, setQuickAddError] = useState<string | null>(null);
  const [lineDialog, setLineDialog] = useState<LineDialogState | null>(null);
  const [lineBusy, setLineBusy] = useState(false);
  const [lineError, setLineError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Person | null>(null);
  const [removeBusy, setRemoveBusy] = useState(false);
  const queryClient = useQueryClient();
  /** The committee dialog: whose, and their entry as the store had it when it opened. */
  const [committeeFor, setCommitteeFor] = useState<{
    person: Person;
    opportunityId: string;
    before: CommitteeMember | null;
  } | null>(null);
  const [committeeBusy, setCommitteeBusy] = useState(false);
  const [committeeError, setCommitteeError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  /** Drawing an influence line from the keyboard or the card menu: its start, waiting for an end. */
  const [linkFrom, setLinkFrom] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const refusal = useCallback(
    (error: unknown): string => {
      if (error instanceof RpcError && error.issues[0]) return issueMessage(t, error.issues[0]);
      return t(`errors.codes.${error instanceof RpcError ? error.code : 'internal'}`);
    },
    [t],
  );
  const refused = useCallback(
    (error: unknown, title = t('errors.saveTitle')) =>
      notifications.show({ color: 'red', title, message: refusal(error) }),
    [refusal, t],
  );

  // ----- data → nodes and edges -----

  const people = useMemo(() => chart?.people ?? [], [chart]);
  const peopleById = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  // Dashed lines solid while a big map moves (see .movingMap), back once the view has rested a
  // moment, so that quick pan and zoom gestures in a row do not repaint every dash in between.
  // A class on the wrapper, so nothing re-renders.
  const simplifyWhileMoving = people.length >= SIMPLIFY_WHILE_MOVING_FROM;
  const restTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onMoveStart = useCallback(() => {
    clearTimeout(restTimer.current);
    if (simplifyWhileMoving) wrapper.current?.classList.add(cardClasses.movingMap!);
  }, [simplifyWhileMoving]);
  const onMoveEnd = useCallback(() => {
    clearTimeout(restTimer.current);
    restTimer.current = setTimeout(
      () => wrapper.current?.classList.remove(cardClasses.movingMap!),
      DASHES_BACK_AFTER_MS,
    );
  }, []);
  useEffect(() => () => clearTimeout(restTimer.current), []);
  const members = useMemo(
    () =>
      new Map<string, MapCommitteeMember>(
        (chart?.committee?.members ?? []).map((m) => [m.personId, m]),
      ),
    [chart],
  );
  const dealSelected = Boolean(chart?.committee);
  const roleLabel = useMemo(() => {
    const byCode = new Map((roles.data ?? []).map((r) => [r.code, localLabel(r, i18n.language)]));
    return (code: string) => byCode.get(code) ?? code;
  }, [roles.data, i18n.language]);

  // One data object per person, kept while nothing of that person changed, so memoised cards
  // do not re-render when another card does.
  const [dataCache] = useState(() => ({ byId: new Map<string, CardData>() }));
  const baseNodes = useMemo((): MapNode[] => {
    if (!layout) return [];
    const cache = dataCache.byId;
    const next = new Map<string, CardData>();
    const groups: GroupNode[] = [...layout.groups]
      .sort((a, b) => a.depth - b.depth)
      .map((g) => ({
        id: `g:${g.key}`,
        type: 'mapGroup',
        position: { x: g.x, y: g.y },
        data: { group: g },
        width: g.width,
        height: g.height,
        draggable: false,
        selectable: false,
        focusable: false,
        connectable: false,
        zIndex: -100 + g.depth,
        ariaRole: 'presentation',
      }));
    const cards: CardNode[] = [];
    for (const c of layout.cards) {
      const person = peopleById.get(c.personId);
      if (!person) continue;
      const member = members.get(person.id) ?? null;
      const roleLabels = member ? member.roles.map(roleLabel) : [];
      const editing = editingId === person.id;
      const dimmed = dealSelected && !member;
      const old = cache.get(person.id);
      const data: CardData =
        old &&
        samePerson(old.person, person) &&
        sameMember(old.member, member) &&
        old.dimmed === dimmed &&
        old.editing === editing &&
        old.attach === c.attach &&
        old.roleLabels.join('\u0000') === roleLabels.join('\u0000')
          ? old
          : { person, member, roleLabels, dimmed, editing, attach: c.attach };
      next.set(person.id, data);
      cards.push({
        id: person.id,
        type: 'card',
        position: { x: c.x, y: c.y },
        data,
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        ariaLabel: person.name,
        domAttributes: { 'aria-keyshortcuts': 'Enter Delete' },
      });
    }
    cache.clear();
    for (const [id, data] of next) cache.set(id, data);
    return [...groups, ...cards];
  }, [layout, peopleById, members, roleLabel, dealSelected, editingId, dataCache]);

  // Nodes follow the data, keeping the selection; dragging and selecting change them locally.
  const [nodes, setNodes] = useState<MapNode[]>([]);
  const [nodesFrom, setNodesFrom] = useState<MapNode[] | null>(null);
  if (nodesFrom !== baseNodes) {
    setNodesFrom(baseNodes);
    const selected = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
    setNodes(
      selected.size === 0
        ? baseNodes
        : baseNodes.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n)),
    );
  }

  const onNodesChange = useCallback((changes: NodeChange<MapNode>[]) => {
    setNodes((ns) =>
      applyNodeChanges(
        changes.filter((c) => c.type !== 'remove'),
        ns,
      ),
    );
  }, []);

  const cardIds = useMemo(() => new Set(layout?.cards.map((c) => c.personId) ?? []), [layout]);

  const edges = useMemo((): MapEdge[] => {
    if (!chart) return [];
    const out: MapEdge[] = [];
    const onMap = (id: string | null): id is string => id !== null && cardIds.has(id);
    for (const p of chart.people) {
      if (!cardIds.has(p.id) || p.external) continue;
      const manager = p.managerId ? peopleById.get(p.managerId) : undefined;
      if (!hidden.has('reporting') && onMap(p.managerId) && manager && !manager.external) {
        out.push({
          id: `r:${p.id}`,
          type: 'reporting',
          source: p.managerId,
          target: p.id,
          sourceHandle: 'out',
          targetHandle: 'in',
          data: { dotted: false },
          selectable: false,
          focusable: false,
          ariaLabel: t('orgmap.line.reporting', { from: p.name, to: manager.name }),
        });
      }
      const second = p.secondManagerId ? peopleById.get(p.secondManagerId) : undefined;
      if (
        !hidden.has('dotted') &&
        onMap(p.secondManagerId) &&
        second &&
        second.id !== p.managerId &&
        second.id !== p.id
      ) {
        out.push({
          id: `d:${p.id}`,
          type: 'reporting',
          source: p.secondManagerId,
          target: p.id,
          sourceHandle: 'out',
          targetHandle: 'in',
          data: { dotted: true },
          selectable: false,
          focusable: false,
          ariaLabel: t('orgmap.line.dotted', { from: p.name, to: second.name }),
        });
      }
    }
    const offsets = influenceOffsets(chart.lines);
    chart.lines.forEach((line, i) => {
      if (hidden.has(line.kind) || !onMap(line.fromPersonId) || !onMap(line.toPersonId)) return;
      const from = peopleById.get(line.fromPersonId)?.name ?? '';
      const to = peopleById.get(line.toPersonId)?.name ?? '';
      out.push({
        id: `i:${line.id}`,
        type: 'influence',
        source: line.fromPersonId,
        target: line.toPersonId,
        sourceHandle: 'out',
        targetHandle: 'in',
        data: { line, offset: offsets[i] ?? 0 },
        zIndex: 1,
        // Clicking or pressing Enter opens the line's dialog.
        ariaRole: 'button',
        ariaLabel: t(
          line.direction === 'mutual' ? 'orgmap.line.ariaLabelMutual' : 'orgmap.line.ariaLabel',
          { kind: t(`orgmap.lineKinds.${line.kind}`), from, to },
        ),
      });
    });
    return out;
  }, [chart, cardIds, peopleById, hidden, t]);

  // ----- first view, readiness, focus -----

  /**
   * The room to keep around the chart when it is fitted, so that the legend, minimap and controls
   * cover no card; measured when asked, as the legend's size follows its language and content.
   */
  const overlayRoom = useCallback((): SidePadding => {
    const view = wrapper.current?.getBoundingClientRect();
    if (!view || !layout) return { top: 0, right: 0, bottom: 0, left: 0 };
    const overlays = [
      ...(wrapper.current?.querySelectorAll(
        '.react-flow__controls, .react-flow__minimap, [data-map-overlay]',
      ) ?? []),
    ].map((el): ViewBox => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left - view.left,
        top: r.top - view.top,
        right: r.right - view.left,
        bottom: r.bottom - view.top,
      };
    });
    return overlayPadding(view, overlays, layout.bounds);
  }, [layout]);
  /** What the controls' fit button does: the first view's fit. */
  const [controlsFit, setControlsFit] = useState<FitViewOptions<MapNode>>({ maxZoom: 1 });

  const firstView = useRef(false);
  useEffect(() => {
    if (!layout || firstView.current) return;
    firstView.current = true;
    const { bounds } = layout;
    requestAnimationFrame(() => {
      const box = wrapper.current?.getBoundingClientRect();
      const room = overlayRoom();
      const fit = fitViewOptions(room);
      setControlsFit(fit);
      const fitted = (() => {
        if (!box || bounds.width <= 0) return Promise.resolve();
        const free = Math.min(
          (box.width - room.left - room.right) / bounds.width,
          (box.height - room.top - room.bottom) / bounds.height,
        );
        if (free >= FIRST_VIEW_MIN_ZOOM) return flow.fitView(fit);
        // Too big to read at once: start at the top of the chart, the minimap shows the rest.
        const zoom = TOP_VIEW_ZOOM;
        const root = layout.cards.reduce<(typeof layout.cards)[number] | null>(
          (best, c) => (!best || c.y < best.y ? c : best),
          null,
        );
        const cx = root ? root.x + root.width / 2 : bounds.x + bounds.width / 2;
        return flow.setViewport({
          x: box.width / 2 - cx * zoom,
          y: room.top - bounds.y * zoom,
          zoom,
        });
      })();
      // Ready once the view is where it stays (fitView waits until the cards are measured).
      void fitted.then(() => requestAnimationFrame(() => setReady(true)));
    });
  }, [layout, flow, overlayRoom]);

  const focusCard = useCallback(
    (personId: string, options: { center?: boolean } = {}) => {
      const node = flow.getNode(personId);
      if (!node) return;
      const el = () =>
        wrapper.current?.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(personId)}"]`,
        );
      const box = wrapper.current?.getBoundingClientRect();
      const rect = el()?.getBoundingClientRect();
      const visible =
        rect &&
        box &&
        rect.left >= box.left &&
        rect.right <= box.right &&
        rect.top >= box.top &&
        rect.bottom <= box.bottom;
      if (options.center || !visible) {
        const zoom = Math.max(flow.getZoom(), options.center ? 1 : 0.6);
        void flow.setCenter(node.position.x + CARD_WIDTH / 2, node.position.y + CARD_HEIGHT / 2, {
          zoom,
          duration: options.center ? 300 : 0,
        });
      }
      setNodes((ns) =>
        ns.map((n) =>
          n.id === personId
            ? n.selected
              ? n
              : { ...n, selected: true }
            : n.selected
              ? { ...n, selected: false }
              : n,
        ),
      );
      const tryFocus = (attempt: number) => {
        const target = el();
        if (target) target.focus({ preventScroll: true });
        else if (attempt < 20) setTimeout(() => tryFocus(attempt + 1), 25);
      };
      requestAnimationFrame(() => tryFocus(0));
    },
    [flow],
  );

  // A card added from the map gets the focus once it is laid out.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id && cardIds.has(id)) {
      pendingFocus.current = null;
      focusCard(id);
    }
  }, [cardIds, focusCard]);

  // ----- card actions -----

  const cardActions = useMemo(
    (): CardActions => ({
      addReport: (p) =>
        setQuickAdd({
          title: t('orgmap.add.reportTitle', { name: p.name }),
          external: false,
          managerId: p.id,
          department: p.department,
          organization: '',
        }),
      addPeer: (p) =>
        setQuickAdd({
          title: t('orgmap.add.peerTitle', { name: p.name }),
          external: false,
          managerId: p.managerId,
          department: p.department,
          organization: '',
        }),
      startEdit: (id) => setEditingId(id),
      cancelEdit: () => {
        setEditingId((id) => {
          if (id) requestAnimationFrame(() => focusCard(id));
          return null;
        });
      },
      saveEdit: (person, fields) => {
        const patch: Partial<Record<'name' | 'title' | 'department' | 'organization', string>> = {};
        for (const key of ['name', 'title', 'department', 'organization'] as const) {
          if (fields[key] !== person[key]) patch[key] = fields[key];
        }
        if (Object.keys(patch).length === 0) {
          setEditingId(null);
          focusCard(person.id);
          return;
        }
        edits.editPerson(person, patch).then(
          () => {
            setEditingId(null);
            focusCard(person.id);
          },
          (error: unknown) => refused(error),
        );
      },
      remove: (p) => setRemoving(p),
      startLink: (id) => setLinkFrom(id),
      editCommittee: (p) => {
        if (!opportunityId) return;
        queryClient.fetchQuery({ ...committeeQueries.members(opportunityId), staleTime: 0 }).then(
          ({ members: all }) => {
            setCommitteeError(null);
            setCommitteeFor({
              person: p,
              opportunityId,
              before: all.find((m) => m.personId === p.id) ?? null,
            });
          },
          (error: unknown) => refused(error, t('errors.loadTitle')),
        );
      },
    }),
    [t, edits, refused, focusCard, opportunityId, queryClient],
  );

  const submitQuickAdd = (values: QuickAddValues) => {
    if (!quickAdd) return;
    setQuickAddBusy(true);
    setQuickAddError(null);
    edits
      .addPerson({
        name: values.name,
        title: values.title,
        department: quickAdd.external ? '' : values.department,
        organization: quickAdd.external ? values.organization : '',
        external: quickAdd.external,
        managerId: quickAdd.managerId,
      })
      .then(
        (person) => {
          setQuickAdd(null);
          pendingFocus.current = person.id;
          notifications.show({
            color: 'teal',
            message: t('orgmap.add.added', { name: person.name }),
          });
        },
        (error: unknown) => setQuickAddError(refusal(error)),
      )
      .finally(() => setQuickAddBusy(false));
  };

  // ----- dragging: onto a card = new manager, onto empty space = a position of one's own -----

  const dragStart = useRef(new Map<string, { x: number; y: number }>());
  const onNodeDragStart = useCallback<OnNodeDrag<MapNode>>((_event, _node, dragged) => {
    dragStart.current = new Map(dragged.map((n) => [n.id, { ...n.position }]));
  }, []);

  const putBack = useCallback((ids: string[]) => {
    const start = dragStart.current;
    setNodes((ns) =>
      ns.map((n) => {
        const p = ids.includes(n.id) ? start.get(n.id) : undefined;
        return p ? { ...n, position: p } : n;
      }),
    );
  }, []);

  const onNodeDragStop = useCallback<OnNodeDrag<MapNode>>(
    (event, _node, dragged) => {
      const moved = dragged.filter((n) => n.type === 'card');
      if (moved.length === 0) return;
      const ids = moved.map((n) => n.id);
      const pointer = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!pointer) return;
      const point = flow.screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY });
      const target =
        moved.length === 1
          ? flow
              .getNodes()
              .find(
                (n) =>
                  n.type === 'card' &&
                  !ids.includes(n.id) &&
                  point.x >= n.position.x &&
                  point.x <= n.position.x + CARD_WIDTH &&
                  point.y >= n.position.y &&
                  point.y <= n.position.y + CARD_HEIGHT,
              )
          : undefined;
      if (target) {
        putBack(ids);
        const person = peopleById.get(ids[0]!);
        const manager = peopleById.get(target.id);
        if (!person || !manager || person.managerId === manager.id) return;
        edits.reparent(person, manager.id).then(
          () =>
            notifications.show({
              color: 'teal',
              message: t('orgmap.moves.reparented', { name: person.name, manager: manager.name }),
            }),
          (error: unknown) => refused(error, t('orgmap.moves.refused')),
        );
        return;
      }
      // Dropped where it started (a click that wobbled, a drag and back): nothing to save.
      const start = dragStart.current;
      if (
        moved.every((n) => {
          const p = start.get(n.id);
          return p && Math.abs(p.x - n.position.x) < 2 && Math.abs(p.y - n.position.y) < 2;
        })
      ) {
        return;
      }
      const positions = moved.map((n) => ({
        personId: n.id,
        x: Math.round(n.position.x),
        y: Math.round(n.position.y),
      }));
      const label = moved.map((n) => peopleById.get(n.id)?.name ?? '').join(', ');
      edits.move(positions, label).catch((error: unknown) => {
        putBack(ids);
        refused(error);
      });
    },
    [flow, peopleById, edits, putBack, refused, t],
  );

  // ----- influence lines -----

  const onConnect = useCallback((c: Connection) => {
    if (!c.source || !c.target || c.source === c.target) return;
    setLineError(null);
    setLineDialog({ mode: 'create', from: c.source, to: c.target, values: NEW_LINE });
  }, []);

  const finishLink = useCallback(
    (to: string) => {
      const from = linkFrom;
      setLinkFrom(null);
      if (!from || from === to) return;
      onConnect({ source: from, target: to, sourceHandle: 'link', targetHandle: 'drop' });
    },
    [linkFrom, onConnect],
  );

  useEffect(() => {
    if (!linkFrom) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setLinkFrom(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [linkFrom]);

  const openLine = useCallback(
    (edgeId: string) => {
      const line = chart?.lines.find((l) => `i:${l.id}` === edgeId);
      if (!line) return;
      setLineError(null);
      setLineDialog({
        mode: 'edit',
        line,
        values: {
          kind: line.kind,
          direction: line.direction,
          strength: line.strength,
          note: line.note,
        },
      });
    },
    [chart],
  );

  const submitLine = (values: LineValues) => {
    if (!lineDialog) return;
    setLineBusy(true);
    setLineError(null);
    const done =
      lineDialog.mode === 'create'
        ? edits.createLine({ fromPersonId: lineDialog.from, toPersonId: lineDialog.to, ...values })
        : (() => {
            const before = lineDialog.line;
            const patch: Partial<LineValues> = {};
            for (const key of ['kind', 'direction', 'strength', 'note'] as const) {
              if (values[key] !== before[key]) Object.assign(patch, { [key]: values[key] });
            }
            return Object.keys(patch).length > 0
              ? edits.updateLine(before, patch)
              : Promise.resolve(before);
          })();
    done
      .then(
        () => setLineDialog(null),
        (error: unknown) => setLineError(refusal(error)),
      )
      .finally(() => setLineBusy(false));
  };

  const deleteLine = () => {
    if (lineDialog?.mode !== 'edit') return;
    setLineBusy(true);
    edits
      .deleteLine(lineDialog.line)
      .then(
        () => setLineDialog(null),
        (error: unknown) => setLineError(refusal(error)),
      )
      .finally(() => setLineBusy(false));
  };

  const committeeInitial = useMemo((): CommitteeValues => {
    const m = committeeFor?.before;
    if (!m) return NOT_A_MEMBER;
    return {
      member: true,
      roles: m.roles,
      attitude: m.attitude,
      influence: m.influence,
      contact: m.contact,
    };
  }, [committeeFor]);
  const committeeRoles = useMemo(() => {
    const held = new Set(committeeFor?.before?.roles ?? []);
    const known = new Set((roles.data ?? []).map((r) => r.code));
    return [
      ...(roles.data ?? [])
        .filter((r) => !r.hidden || held.has(r.code))
        .map((r) => ({ value: r.code, label: roleLabel(r.code) })),
      // A role the list does not know (yet) still shows rather than vanishing from the pick.
      ...[...held].filter((c) => !known.has(c)).map((c) => ({ value: c, label: c })),
    ];
  }, [roles.data, roleLabel, committeeFor]);

  const submitCommittee = (values: CommitteeValues) => {
    if (!committeeFor) return;
    const { person, opportunityId: opp, before } = committeeFor;
    if (!values.member && !before) {
      setCommitteeFor(null);
      return;
    }
    setCommitteeBusy(true);
    setCommitteeError(null);
    edits
      .setMember(
        opp,
        person.id,
        before,
        values.member
          ? {
              roles: values.roles,
              attitude: values.attitude,
              influence: values.influence,
              contact: values.contact,
            }
          : null,
      )
      .then(
        () => {
          setCommitteeFor(null);
          focusCard(person.id);
        },
        (error: unknown) => setCommitteeError(refusal(error)),
      )
      .finally(() => setCommitteeBusy(false));
  };

  // ----- undo / redo -----

  const dialogOpen = useRef(false);
  useEffect(() => {
    dialogOpen.current =
      quickAdd !== null || lineDialog !== null || removing !== null || committeeFor !== null;
  }, [quickAdd, lineDialog, removing, committeeFor]);

  const runUndo = useCallback(
    (which: 'undo' | 'redo') => {
      setEditingId(null);
      stack[which]().catch((error: unknown) =>
        refused(error, t(which === 'undo' ? 'orgmap.undo.failed' : 'orgmap.undo.redoFailed')),
      );
    },
    [stack, refused, t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
      if (dialogOpen.current) return;
      const key = e.key.toLowerCase();
      if (key === 'z') {
        e.preventDefault();
        runUndo(e.shiftKey ? 'redo' : 'undo');
      } else if (key === 'y' && !e.shiftKey) {
        e.preventDefault();
        runUndo('redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runUndo]);

  // ----- keyboard on cards and lines -----

  const moveFocus = useCallback(
    (fromId: string, key: string) => {
      const from = flow.getNode(fromId);
      if (!from) return;
      const cx = from.position.x;
      const cy = from.position.y;
      let best: { id: string; score: number } | null = null;
      for (const n of flow.getNodes()) {
        if (n.type !== 'card' || n.id === fromId) continue;
        const dx = n.position.x - cx;
        const dy = n.position.y - cy;
        const [main, side] =
          key === 'ArrowRight'
            ? [dx, dy]
            : key === 'ArrowLeft'
              ? [-dx, dy]
              : key === 'ArrowDown'
                ? [dy, dx]
                : [-dy, dx];
        if (main <= 1) continue;
        const score = main + Math.abs(side) * 2;
        if (!best || score < best.score) best = { id: n.id, score };
      }
      if (best) focusCard(best.id);
    },
    [flow, focusCard],
  );

  const onKeyDownCapture = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (isTyping(e.target) || !(e.target instanceof Element)) return;
    const nodeEl = e.target.closest<HTMLElement>('.react-flow__node-card');
    if (nodeEl && e.target === nodeEl) {
      const id = nodeEl.dataset.id ?? '';
      const person = peopleById.get(id);
      if (!person) return;
      if (e.key.startsWith('Arrow') && !e.altKey && !e.ctrlKey && !e.metaKey) {
        // Arrows go from card to card rather than nudging the card.
        e.preventDefault();
        e.stopPropagation();
        moveFocus(id, e.key);
      } else if (linkFrom && isSaveEnter(e)) {
        e.preventDefault();
        e.stopPropagation();
        finishLink(id);
      } else if (linkFrom && e.key === 'Escape') {
        e.preventDefault();
        setLinkFrom(null);
      } else if (isSaveEnter(e) || e.key === 'F2') {
        e.preventDefault();
        e.stopPropagation();
        setEditingId(id);
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        e.stopPropagation();
        setRemoving(person);
      }
      return;
    }
    const edgeEl = e.target.closest('.react-flow__edge');
    if (edgeEl && (isSaveEnter(e) || e.key === ' ')) {
      e.preventDefault();
      e.stopPropagation();
      openLine(edgeEl.getAttribute('data-id') ?? '');
    }
  };

  // ----- export -----

  const mapExport = useMapExport({
    chart,
    layout,
    hidden,
    roleLabel,
    onError: (error) => refused(error, t('orgmap.export.failed')),
  });

  // ----- render -----

  if (chartQuery.isError && !chart) {
    return (
      <ErrorState
        error={chartQuery.error}
        title={t('errors.loadTitle')}
        onRetry={() => void chartQuery.refetch()}
      />
    );
  }

  const lineNames =
    lineDialog?.mode === 'create'
      ? [lineDialog.from, lineDialog.to]
      : lineDialog
        ? [lineDialog.line.fromPersonId, lineDialog.line.toPersonId]
        : ['', ''];

  return (
    <Stack gap="xs" flex={1} mih={0}>
      <MapToolbar
        opportunities={(opportunities.data ?? []).map((o) => ({ id: o.id, name: o.name }))}
        opportunityId={opportunityId}
        onDealChange={(next) =>
          navigate(
            next
              ? { name: 'account', id: accountId, tab: 'map', opportunityId: next }
              : { name: 'account', id: accountId, tab: 'map' },
            { replace: true },
          )
        }
        hidden={hidden}
        onToggleLine={(key, visible) =>
          setHidden((h) => {
            const next = new Set(h);
            if (visible) next.delete(key);
            else next.add(key);
            return next;
          })
        }
        people={people}
        onFind={(id) => focusCard(id, { center: true })}
        onAddPerson={() => {
          setQuickAddError(null);
          setQuickAdd({
            title: t('orgmap.add.personTitle'),
            external: false,
            managerId: null,
            department: '',
            organization: '',
          });
        }}
        onAddExternal={() => {
          setQuickAddError(null);
          setQuickAdd({
            title: t('orgmap.add.externalTitle'),
            external: true,
            managerId: null,
            department: '',
            organization: '',
          });
        }}
        onRelayout={() => {
          edits.relayout().then(
            () => requestAnimationFrame(() => void flow.fitView(fitViewOptions(overlayRoom()))),
            (error: unknown) => refused(error),
          );
        }}
        undo={undoState}
        onUndo={() => runUndo('undo')}
        onRedo={() => runUndo('redo')}
        onExport={mapExport.start}
        exporting={mapExport.busy}
      />
      {layoutError && (
        <Alert color="red" title={t('errors.loadTitle')}>
          {layoutError.message}
        </Alert>
      )}
      <Box
        ref={wrapper}
        flex={1}
        mih={360}
        pos="relative"
        data-testid="org-map"
        data-ready={ready ? 'true' : 'false'}
        aria-label={t('orgmap.mapLabel', { account: chart?.accountName ?? '' })}
        role="region"
        onKeyDownCapture={onKeyDownCapture}
        style={{
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 8,
          overflow: 'hidden',
        }}
      >
        <InfluenceMarkers />
        {!layout ? (
          <Center h="100%">
            <Stack align="center" gap={6}>
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {t('orgmap.loading')}
              </Text>
            </Stack>
          </Center>
        ) : (
          <CardActionsContext.Provider value={cardActions}>
            <ReactFlow<MapNode, MapEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onNodeDragStart={onNodeDragStart}
              onNodeDragStop={onNodeDragStop}
              onConnect={onConnect}
              isValidConnection={(c) => c.source !== c.target}
              onEdgeClick={(_, edge) => edge.type === 'influence' && openLine(edge.id)}
              onNodeDoubleClick={(_, node) => node.type === 'card' && setEditingId(node.id)}
              onNodeClick={(_, node) => linkFrom && node.type === 'card' && finishLink(node.id)}
              onPaneClick={() => setLinkFrom(null)}
              onMoveStart={onMoveStart}
              onMoveEnd={onMoveEnd}
              onlyRenderVisibleElements
              minZoom={0.05}
              maxZoom={2}
              deleteKeyCode={null}
              zoomOnDoubleClick={false}
              connectionRadius={40}
              proOptions={{ hideAttribution: true }}
              ariaLabelConfig={{
                'controls.ariaLabel': t('orgmap.a11y.controls'),
                'controls.zoomIn.ariaLabel': t('orgmap.a11y.zoomIn'),
                'controls.zoomOut.ariaLabel': t('orgmap.a11y.zoomOut'),
                'controls.fitView.ariaLabel': t('orgmap.a11y.fitView'),
                'controls.interactive.ariaLabel': t('orgmap.a11y.interactive'),
                'minimap.ariaLabel': t('orgmap.a11y.minimap'),
                'node.a11yDescription.default': t('orgmap.a11y.nodeHint'),
                'node.a11yDescription.keyboardDisabled': t('orgmap.a11y.nodeHint'),
                'edge.a11yDescription.default': t('orgmap.a11y.edgeHint'),
              }}
            >
              <Background gap={24} size={1} />
              <Controls position="top-left" showInteractive={false} fitViewOptions={controlsFit} />
              <MiniMap
                style={MINIMAP_SIZE}
                pannable
                zoomable
                nodeColor={(n) =>
                  n.type === 'card' ? minimapColour(n as CardNode) : 'transparent'
                }
                nodeStrokeColor={(n) => (n.type === 'card' ? 'transparent' : '#ced4da')}
              />
              <Panel position="bottom-left" data-map-overlay>
                <MapLegend dealSelected={dealSelected} hidden={hidden} />
              </Panel>
              {linkFrom && (
                <Panel position="top-center">
                  <Alert
                    color="blue"
                    py={6}
                    role="status"
                    withCloseButton
                    closeButtonLabel={t('common.cancel')}
                    onClose={() => setLinkFrom(null)}
                  >
                    {t('orgmap.line.pickTarget', { name: peopleById.get(linkFrom)?.name ?? '' })}
                  </Alert>
                </Panel>
              )}
              {people.length === 0 && (
                <Panel position="top-center">
                  <Text size="sm" c="dimmed">
                    {t('orgmap.empty')}
                  </Text>
                </Panel>
              )}
            </ReactFlow>
          </CardActionsContext.Provider>
        )}
      </Box>

      <QuickAddDialog
        request={quickAdd}
        busy={quickAddBusy}
        error={quickAddError}
        onSubmit={submitQuickAdd}
        onClose={() => setQuickAdd(null)}
      />
      <LineDialog
        opened={lineDialog !== null}
        mode={lineDialog?.mode ?? 'create'}
        fromName={peopleById.get(lineNames[0] ?? '')?.name ?? ''}
        toName={peopleById.get(lineNames[1] ?? '')?.name ?? ''}
        initial={lineDialog?.values ?? NEW_LINE}
        busy={lineBusy}
        error={lineError}
        onSubmit={submitLine}
        onDelete={deleteLine}
        onClose={() => setLineDialog(null)}
      />
      <CommitteeDialog
        opened={committeeFor !== null}
        personName={committeeFor?.person.name ?? ''}
        roleOptions={committeeRoles}
        initial={committeeInitial}
        busy={committeeBusy}
        error={committeeError}
        onSubmit={submitCommittee}
        onClose={() => {
          const id = committeeFor?.person.id;
          setCommitteeFor(null);
          if (id) requestAnimationFrame(() => focusCard(id));
        }}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('orgmap.remove.title', { name: removing?.name ?? '' })}
        body={t(
          removing && people.some((p) => p.managerId === removing.id)
            ? 'orgmap.remove.body'
            : 'orgmap.remove.bodyNoReports',
          { name: removing?.name ?? '' },
        )}
        confirmLabel={t('orgmap.remove.confirm')}
        color="red"
        busy={removeBusy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          const person = removing;
          setRemoveBusy(true);
          edits
            .removePerson(person)
            .then(
              () => {
                setRemoving(null);
                notifications.show({
                  color: 'teal',
                  message: t('orgmap.remove.done', { name: person.name }),
                });
              },
              (error: unknown) => {
                setRemoving(null);
                refused(error);
              },
            )
            .finally(() => setRemoveBusy(false));
        }}
      />
      {mapExport.printView}
    </Stack>
  );
}

// Refetched data are new objects: compare what a card shows, so unchanged cards keep their data.
function samePerson(a: Person, b: Person): boolean {
  return a === b || (a.id === b.id && a.version === b.version && a.updatedAt === b.updatedAt);
}

function sameMember(a: MapCommitteeMember | null, b: MapCommitteeMember | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.attitude === b.attitude &&
    a.contact === b.contact &&
    a.influence === b.influence &&
    a.roles.join('\u0000') === b.roles.join('\u0000')
  );
}

/** A fit of the whole chart inside the given room, never enlarged past its own size. */
function fitViewOptions(room: SidePadding): FitViewOptions<MapNode> {
  return {
    padding: {
      top: `${room.top}px`,
      right: `${room.right}px`,
      bottom: `${room.bottom}px`,
      left: `${room.left}px`,
    },
    maxZoom: 1,
  };
}

function minimapColour(n: CardNode): string {
  const { member, dimmed, person } = n.data;
  if (member) return ATTITUDE_COLOURS[member.attitude];
  if (dimmed) return '#dee2e6';
  return person.external ? '#b197fc' : '#adb5bd';
}
