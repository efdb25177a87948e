import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Menu,
  Popover,
  Select,
  Stack,
  Tooltip,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconChevronDown,
  IconDownload,
  IconLayoutDistributeVertical,
  IconLine,
  IconSearch,
  IconUserPlus,
  IconWorld,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas.ts';
import { LINE_STYLES, type LineStyleKey } from '../drawing/geometry.ts';
import type { UndoButtons } from '../hooks/useHistoryUndo.ts';

export const LINE_KEYS: readonly LineStyleKey[] = [
  'reporting',
  'dotted',
  'formal',
  'informal',
  'personal',
  'external',
];

export type ExportKind = 'svg' | 'png' | 'pdf-a4' | 'pdf-a3';

type Props = {
  opportunities: { id: string; name: string }[];
  opportunityId: string | null;
  onDealChange: (opportunityId: string | null) => void;
  hidden: ReadonlySet<LineStyleKey>;
  onToggleLine: (key: LineStyleKey, visible: boolean) => void;
  people: readonly Person[];
  onFind: (personId: string) => void;
  onAddPerson: () => void;
  onAddExternal: () => void;
  onRelayout: () => void;
  undo: UndoButtons;
  onUndo: () => void;
  onRedo: () => void;
  onExport: (kind: ExportKind) => void;
  exporting: boolean;
};

/** Deal context, line filters, find, add, re-layout, undo/redo and export, above the map. */
export function MapToolbar(props: Props) {
  const { t } = useTranslation();
  const { undo } = props;
  const findData = useMemo(
    () =>
      props.people.map((p) => ({
        value: p.id,
        label: [p.name, p.title, p.external ? p.organization : p.department]
          .filter(Boolean)
          .join(' · '),
      })),
    [props.people],
  );
  const undoTip = undo.undoLabel
    ? t('orgmap.toolbar.undoWhat', { what: undo.undoLabel })
    : t('orgmap.toolbar.nothingToUndo');
  const redoTip = undo.redoLabel
    ? t('orgmap.toolbar.redoWhat', { what: undo.redoLabel })
    : t('orgmap.toolbar.nothingToRedo');
  const hiddenCount = props.hidden.size;

  return (
    <Group gap="xs" role="toolbar" aria-label={t('orgmap.toolbar.label')} wrap="wrap">
      <Select
        aria-label={t('orgmap.toolbar.deal')}
        placeholder={t('orgmap.toolbar.dealPlaceholder')}
        data={props.opportunities.map((o) => ({ value: o.id, label: o.name }))}
        value={props.opportunityId}
        onChange={props.onDealChange}
        clearable
        searchable
        w={230}
        size="xs"
        comboboxProps={{ withinPortal: true }}
        clearButtonProps={{ 'aria-label': t('common.clearSearch') }}
      />
      <Select
        aria-label={t('orgmap.toolbar.find')}
        placeholder={t('orgmap.toolbar.findPlaceholder')}
        leftSection={<IconSearch size={14} />}
        data={findData}
        value={null}
        onChange={(id) => id && props.onFind(id)}
        searchable
        limit={30}
        w={200}
        size="xs"
        nothingFoundMessage={t('opportunities.nothingFound')}
        comboboxProps={{ withinPortal: true }}
      />
      <Popover position="bottom-start" withinPortal shadow="md">
        <Popover.Target>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconLine size={16} />}
            rightSection={<IconChevronDown size={14} />}
            aria-label={t('orgmap.toolbar.linesLabel')}
          >
            {t('orgmap.toolbar.lines')}
            {hiddenCount > 0 ? ` (${LINE_KEYS.length - hiddenCount}/${LINE_KEYS.length})` : ''}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap={8} role="group" aria-label={t('orgmap.toolbar.linesLabel')}>
            {LINE_KEYS.map((key) => (
              <Checkbox
                key={key}
                label={
                  <Group gap={6} wrap="nowrap">
                    <LineSwatch lineKey={key} />
                    {t(`orgmap.lineKinds.${key}`)}
                  </Group>
                }
                checked={!props.hidden.has(key)}
                onChange={(e) => props.onToggleLine(key, e.currentTarget.checked)}
              />
            ))}
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconUserPlus size={16} />}
        onClick={props.onAddPerson}
      >
        {t('orgmap.toolbar.addPerson')}
      </Button>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconWorld size={16} />}
        onClick={props.onAddExternal}
      >
        {t('orgmap.toolbar.addExternal')}
      </Button>
      <Tooltip label={t('orgmap.toolbar.relayoutHint')}>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconLayoutDistributeVertical size={16} />}
          onClick={props.onRelayout}
        >
          {t('orgmap.toolbar.relayout')}
        </Button>
      </Tooltip>
      <Group gap={4}>
        <Tooltip
          label={t('common.withNote', {
            text: undoTip,
            note: t('common.shortcut', { keys: 'Ctrl+Z' }),
          })}
        >
          <ActionIcon
            variant="default"
            size="md"
            aria-label={t('orgmap.toolbar.undo')}
            disabled={!undo.canUndo}
            onClick={props.onUndo}
          >
            <IconArrowBackUp size={18} />
          </ActionIcon>
        </Tooltip>
        <Tooltip
          label={t('common.withNote', {
            text: redoTip,
            note: t('common.shortcut', { keys: 'Ctrl+Shift+Z' }),
          })}
        >
          <ActionIcon
            variant="default"
            size="md"
            aria-label={t('orgmap.toolbar.redo')}
            disabled={!undo.canRedo}
            onClick={props.onRedo}
          >
            <IconArrowForwardUp size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            leftSection={<IconDownload size={16} />}
            rightSection={<IconChevronDown size={14} />}
            loading={props.exporting}
          >
            {t('orgmap.toolbar.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => props.onExport('svg')}>
            {t('orgmap.toolbar.exportSvg')}
          </Menu.Item>
          <Menu.Item onClick={() => props.onExport('png')}>
            {t('orgmap.toolbar.exportPng')}
          </Menu.Item>
          <Menu.Item onClick={() => props.onExport('pdf-a4')}>
            {t('orgmap.toolbar.exportPdfA4')}
          </Menu.Item>
          <Menu.Item onClick={() => props.onExport('pdf-a3')}>
            {t('orgmap.toolbar.exportPdfA3')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

/** A short sample of a line style, for the filters and the legend. */
export function LineSwatch({ lineKey }: { lineKey: LineStyleKey }) {
  const style = LINE_STYLES[lineKey];
  return (
    <svg width="28" height="10" aria-hidden style={{ flexShrink: 0 }}>
      <line
        x1="1"
        y1="5"
        x2={lineKey === 'reporting' ? 27 : 22}
        y2="5"
        stroke={style.stroke}
        strokeWidth={style.width + 0.5}
        strokeDasharray={style.dash || undefined}
      />
      {/* Arrow heads as on the map: influence lines and the dotted line to a second manager. */}
      {lineKey !== 'reporting' && <path d="M 21 1 L 28 5 L 21 9 z" fill={style.stroke} />}
    </svg>
  );
}
