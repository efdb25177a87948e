import { Alert, Box, Stack, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../routes/navigate.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { opportunityQueries } from '../../opportunities/index.ts';
import { orgchartQueries } from '../api/orgchartQueries.ts';
import { useMapEdits } from '../api/useMapEdits.ts';
import { mapEdges } from '../hooks/mapEdges.ts';
import { useCardActions } from '../hooks/useCardActions.ts';
import { useCardDrag } from '../hooks/useCardDrag.ts';
import { useChartIndex, useRoleLabels } from '../hooks/useChartIndex.ts';
import { useCommitteeEdit } from '../hooks/useCommitteeEdit.ts';
import { useFocusCard } from '../hooks/useFocusCard.ts';
import { useHistoryUndo } from '../hooks/useHistoryUndo.ts';
import { useInfluenceLink } from '../hooks/useInfluenceLink.ts';
import { useKeyboardMove } from '../hooks/useKeyboardMove.ts';
import { useLayout } from '../hooks/useLayout.ts';
import { useLineDialog } from '../hooks/useLineDialog.ts';
import { useLineVisibility } from '../hooks/useLineVisibility.ts';
import { useMapExport } from '../hooks/useMapExport.tsx';
import { useMapKeyboard } from '../hooks/useMapKeyboard.ts';
import { useMapNodes } from '../hooks/useMapNodes.ts';
import { useMapView } from '../hooks/useMapView.ts';
import { useMovingMap } from '../hooks/useMovingMap.ts';
import { useQuickAdd } from '../hooks/useQuickAdd.ts';
import { useRefused } from '../hooks/useRefused.ts';
import { useRemovePerson } from '../hooks/useRemovePerson.ts';
import { MapCanvas } from './MapCanvas.tsx';
import { MapDialogs } from './MapDialogs.tsx';
import { InfluenceMarkers } from './MapEdges.tsx';
import { MapLoading } from './MapLoading.tsx';
import { CardActionsContext } from './mapContext.ts';
import { MapToolbar } from './MapToolbar.tsx';

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
  const { t } = useTranslation();
  const chartQuery = useQuery({
    ...orgchartQueries.chart(accountId, opportunityId ?? undefined),
    placeholderData: (previous) => previous,
  });
  const opportunities = useQuery(opportunityQueries.list(accountId));
  const chart = chartQuery.data;
  const { layout, error: layoutError } = useLayout(chart);
  const { roles, roleLabel } = useRoleLabels();
  const { people, peopleById, members, cardIds, dealSelected } = useChartIndex(chart, layout);
  const wrapper = useRef<HTMLDivElement>(null);
  const refused = useRefused();

  const edits = useMapEdits(accountId);

  // ----- data → nodes and edges -----

  const [editingId, setEditingId] = useState<string | null>(null);
  const lines = useLineVisibility();
  const { nodes, setNodes, onNodesChange } = useMapNodes({
    layout,
    peopleById,
    members,
    roleLabel,
    dealSelected,
    editingId,
  });
  const edges = useMemo(
    () => (chart ? mapEdges(chart, cardIds, peopleById, lines.hidden, t) : []),
    [chart, cardIds, peopleById, lines.hidden, t],
  );

  // ----- first view, readiness, focus -----

  const view = useMapView(wrapper, layout);
  const moving = useMovingMap(wrapper, people.length);
  const { focusCard, focusWhenShown } = useFocusCard(wrapper, setNodes, cardIds);

  // ----- dialogs, card actions, dragging -----

  const quickAdd = useQuickAdd(edits, (person) => focusWhenShown(person.id));
  const line = useLineDialog(edits, chart?.lines);
  const link = useInfluenceLink(line.openNew);
  const committee = useCommitteeEdit({
    edits,
    opportunityId,
    roles,
    roleLabel,
    focusCard,
    refused,
  });
  const removal = useRemovePerson(edits, refused);
  const cardActions = useCardActions({
    edits,
    refused,
    focusCard,
    setEditingId,
    addReport: quickAdd.addReport,
    addPeer: quickAdd.addPeer,
    remove: removal.ask,
    startLink: link.start,
    editCommittee: committee.open,
  });
  const drag = useCardDrag(setNodes, peopleById, edits, refused);
  const keyboardMove = useKeyboardMove({ setNodes, peopleById, edits, refused });

  // ----- undo / redo, keyboard, export -----

  // The app's one history: its undo may change the card being edited, so that edit ends.
  const endEdit = useCallback(() => setEditingId(null), []);
  const history = useHistoryUndo(endEdit);
  const onKeyDownCapture = useMapKeyboard({
    peopleById,
    focusCard,
    link,
    startEdit: setEditingId,
    askRemove: removal.ask,
    openEdge: line.openEdge,
    moveCard: keyboardMove.move,
    discardMoves: keyboardMove.discard,
  });
  const mapExport = useMapExport({
    chart,
    layout,
    hidden: lines.hidden,
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
        hidden={lines.hidden}
        onToggleLine={lines.toggle}
        people={people}
        onFind={(id) => focusCard(id, { center: true })}
        onAddPerson={quickAdd.addPerson}
        onAddExternal={quickAdd.addExternal}
        onRelayout={() => {
          edits.relayout().then(
            () => requestAnimationFrame(view.fitAll),
            (error: unknown) => refused(error),
          );
        }}
        undo={history.state}
        onUndo={history.undo}
        onRedo={history.redo}
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
        data-ready={view.ready ? 'true' : 'false'}
        aria-label={t('orgmap.mapLabel', { account: chart?.accountName ?? '' })}
        role="region"
        onKeyDownCapture={onKeyDownCapture}
        // Focus leaving a card moved by keyboard saves the move without waiting.
        onBlurCapture={keyboardMove.save}
        style={{
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 8,
          overflow: 'hidden',
        }}
      >
        <InfluenceMarkers />
        {!layout ? (
          <MapLoading />
        ) : (
          <CardActionsContext.Provider value={cardActions}>
            <MapCanvas
              nodes={nodes}
              edges={edges}
              onNodesChange={onNodesChange}
              onNodeDragStart={drag.onNodeDragStart}
              onNodeDragStop={drag.onNodeDragStop}
              onConnect={(c) => line.openNew(c.source, c.target)}
              onEdgeClick={(_, edge) => edge.type === 'influence' && line.openEdge(edge.id)}
              onNodeDoubleClick={(_, node) => node.type === 'card' && setEditingId(node.id)}
              onNodeClick={(_, node) =>
                link.linkFrom && node.type === 'card' && link.finish(node.id)
              }
              onPaneClick={link.cancel}
              onMoveStart={moving.onMoveStart}
              onMoveEnd={moving.onMoveEnd}
              controlsFit={view.controlsFit}
              dealSelected={dealSelected}
              hidden={lines.hidden}
              linkingFrom={link.linkFrom && (peopleById.get(link.linkFrom)?.name ?? '')}
              onCancelLink={link.cancel}
              empty={people.length === 0}
            />
          </CardActionsContext.Provider>
        )}
      </Box>
      <VisuallyHidden role="status" aria-live="polite">
        {keyboardMove.message}
      </VisuallyHidden>
      <MapDialogs
        people={people}
        peopleById={peopleById}
        quickAdd={quickAdd}
        line={line}
        committee={committee}
        removal={removal}
      />
      {mapExport.printView}
    </Stack>
  );
}
