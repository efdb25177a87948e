import { ActionIcon, Anchor, Badge, Box, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconArrowsMoveHorizontal } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageDef, StageSet } from '../../../../shared/pipeline.ts';
import type { PipelineRow } from '../../../../shared/pipelineList.ts';
import { navigate } from '../../../routes/navigate.ts';
import { route } from '../../../routes/route.ts';
import { useFormatters, type Formatters } from '../../../ui/useFormatters.ts';
import { useStageSets } from '../../stages/index.ts';
import { groupByStage, totalsOf } from '../utils/totals.ts';
import { boardMoveStep, stageBeside } from '../utils/boardKeys.ts';
import { moneyList } from '../utils/money.ts';
import { UnmetCriteriaDialog } from './UnmetCriteriaDialog.tsx';
import { useStageMove } from './useStageMove.ts';

const DEAL_MIME = 'application/x-deal-id';
const CARD_HEIGHT = 112;
const CARD_GAP = 8;
const COLUMN_WIDTH = 264;

type MoveTo = (row: PipelineRow, toStage: string) => void;
/** A card moved by keyboard: the keyboard follows it to its new column. */
type Follow = { id: string; stage: string };

/**
 * One column per stage of the stage set. Each column is its own virtual list, so 20,000 deals
 * render only the few cards in view. Cards move by drag and drop, by their "Move to…" menu, or by
 * Alt+→ / Alt+← to the next or previous stage (the keyboard follows the card).
 */
export function PipelineBoard({ rows, set }: { rows: PipelineRow[]; set: StageSet }) {
  const { t } = useTranslation();
  // Read once here, not per card: formatters and stage labels are costly to build per instance.
  const fmt = useFormatters();
  const { stageLabel } = useStageSets();
  const stages = useMemo(
    () => set.stages.map((s) => ({ key: s.key, label: stageLabel(set.id, s.key) })),
    [set, stageLabel],
  );
  const move = useStageMove();
  const groups = useMemo(() => groupByStage(rows), [rows]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const moveTo: MoveTo = move.request;
  const [follow, setFollow] = useState<Follow | null>(null);
  const moveBy = (row: PipelineRow, step: 1 | -1) => {
    const to = stageBeside(set.stages, row.stageKey, step);
    if (!to) return;
    setFollow({ id: row.id, stage: to });
    moveTo(row, to);
  };

  return (
    <>
      <Box
        role="region"
        aria-label={t('pipeline.board.label')}
        aria-busy={move.busy}
        style={{ display: 'flex', gap: 12, overflowX: 'auto', flex: 1, minHeight: 0 }}
      >
        {set.stages.map((stage) => (
          <BoardColumn
            key={stage.key}
            stage={stage}
            label={stages.find((s) => s.key === stage.key)?.label ?? stage.key}
            stages={stages}
            fmt={fmt}
            rows={groups.get(stage.key) ?? EMPTY}
            onDropDeal={(id) => {
              const row = byId.get(id);
              if (row) moveTo(row, stage.key);
            }}
            moveTo={moveTo}
            moveBy={moveBy}
            follow={follow?.stage === stage.key ? follow.id : null}
            onFollowed={() => setFollow(null)}
          />
        ))}
      </Box>
      <UnmetCriteriaDialog
        pending={move.pending}
        busy={move.busy}
        onConfirm={(note) => void move.confirm(note)}
        onCancel={() => {
          setFollow(null);
          move.cancel();
        }}
      />
    </>
  );
}

const EMPTY: PipelineRow[] = [];

type StageOption = { key: string; label: string };

type ColumnProps = {
  stage: StageDef;
  label: string;
  stages: StageOption[];
  fmt: Formatters;
  rows: PipelineRow[];
  onDropDeal: (id: string) => void;
  moveTo: MoveTo;
  moveBy: (row: PipelineRow, step: 1 | -1) => void;
  /** The deal moved here by keyboard, to be scrolled to and focused once it arrives. */
  follow: string | null;
  onFollowed: () => void;
};

function BoardColumn(props: ColumnProps) {
  const { stage, label, stages, fmt, rows, onDropDeal, moveTo } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  const totals = useMemo(() => totalsOf(rows), [rows]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not memoisable by the compiler; this column does not rely on it.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_HEIGHT + CARD_GAP,
    overscan: 6,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(DEAL_MIME);
  const followIndex = props.follow === null ? -1 : rows.findIndex((r) => r.id === props.follow);
  useEffect(() => {
    // The moved card may land out of view in a long column: bring it in to focus it.
    if (followIndex >= 0) virtualizer.scrollToIndex(followIndex, { align: 'auto' });
  }, [followIndex, virtualizer]);

  return (
    <Paper
      component="section"
      aria-label={label}
      withBorder
      radius="md"
      bg={over ? 'var(--mantine-color-indigo-light)' : 'var(--dw-color-surface)'}
      style={{
        width: COLUMN_WIDTH,
        flex: `0 0 ${COLUMN_WIDTH}px`,
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        borderColor: over ? 'var(--mantine-color-indigo-4)' : undefined,
      }}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        setOver(false);
        const id = event.dataTransfer.getData(DEAL_MIME);
        if (!id) return;
        event.preventDefault();
        onDropDeal(id);
      }}
    >
      <Stack gap={2} p="sm" pb="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600} size="sm" truncate title={label}>
            {label}
          </Text>
          <Badge variant="light" color="gray" size="sm" style={{ flexShrink: 0 }}>
            {stage.probability}%
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" data-testid="column-count">
          {t('pipeline.board.columnCount', { count: totals.count, n: fmt.integer(totals.count) })}
        </Text>
        <Text size="xs" fw={500} data-testid="column-amount">
          {moneyList(fmt, totals.byCurrency, 'amount')}
        </Text>
      </Stack>
      <div
        ref={scroller}
        // An empty column says so in text; a list must hold list items (axe-core).
        role={rows.length === 0 ? undefined : 'list'}
        aria-label={rows.length === 0 ? undefined : label}
        style={{ overflowY: 'auto', flex: 1, minHeight: 80, padding: '0 8px 8px' }}
      >
        {rows.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {t('pipeline.board.columnEmpty')}
          </Text>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <div
                  key={item.key}
                  role="listitem"
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: CARD_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <DealCard
                    row={row}
                    stages={stages}
                    fmt={fmt}
                    moveTo={moveTo}
                    moveBy={props.moveBy}
                    focusNow={row.id === props.follow}
                    onFocused={props.onFollowed}
                  />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </Paper>
  );
}

type CardProps = {
  row: PipelineRow;
  stages: StageOption[];
  fmt: Formatters;
  moveTo: MoveTo;
  moveBy: (row: PipelineRow, step: 1 | -1) => void;
  /** Moved here by keyboard: take the focus. */
  focusNow: boolean;
  onFocused: () => void;
};

/**
 * A deal on the board: drag it, open it, or move it with the keyboard through its menu or
 * Alt+→ / Alt+←.
 */
function DealCard({ row, stages, fmt, moveTo, moveBy, focusNow, onFocused }: CardProps) {
  const { t } = useTranslation();
  const href = route.href({ name: 'deal', id: row.id, tab: 'committee' });
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (!focusNow) return;
    link.current?.focus();
    onFocused();
  }, [focusNow, onFocused]);
  return (
    <Paper
      component="article"
      aria-label={row.name}
      withBorder
      radius="sm"
      p="xs"
      h="100%"
      draggable
      style={{ cursor: 'grab', overflow: 'hidden' }}
      onDragStart={(event) => {
        event.dataTransfer.setData(DEAL_MIME, row.id);
        event.dataTransfer.setData('text/plain', row.name);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={(event) => {
        const step = boardMoveStep(event);
        if (step === null) return;
        // Alt+← is also the browser's Back: on a card it moves the card.
        event.preventDefault();
        moveBy(row, step);
      }}
      onClick={(event) => {
        // The link and the menu handle their own clicks.
        if ((event.target as HTMLElement).closest('a, button, [role="menu"]')) return;
        navigate({ name: 'deal', id: row.id, tab: 'committee' });
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Anchor
          ref={link}
          href={href}
          size="sm"
          fw={600}
          lineClamp={1}
          draggable={false}
          aria-keyshortcuts="Alt+ArrowRight Alt+ArrowLeft"
        >
          {row.name}
        </Anchor>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('pipeline.board.moveLabel', { name: row.name })}
              title={t('pipeline.board.moveTo')}
            >
              <IconArrowsMoveHorizontal size={14} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('pipeline.board.moveTo')}</Menu.Label>
            {stages
              .filter((s) => s.key !== row.stageKey)
              .map((s) => (
                <Menu.Item key={s.key} onClick={() => moveTo(row, s.key)}>
                  {s.label}
                </Menu.Item>
              ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Text size="xs" c="dimmed" truncate>
        {row.accountName}
      </Text>
      <Group justify="space-between" mt={6} wrap="nowrap" gap={4}>
        <Text size="sm" fw={500}>
          {fmt.money(row.amount, row.currency, { wide: true })}
        </Text>
        <Text size="xs" c="dimmed">
          {fmt.percent(row.probability)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt={2}>
        {row.closeDate ? fmt.date(row.closeDate) : t('pipeline.board.noCloseDate')}
      </Text>
    </Paper>
  );
}
