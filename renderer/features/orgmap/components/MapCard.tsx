import { ActionIcon, Group, Tooltip } from '@mantine/core';
import {
  IconArrowRightRhombus,
  IconPencil,
  IconSitemap,
  IconTrash,
  IconUsersGroup,
  IconUsersPlus,
} from '@tabler/icons-react';
import {
  Handle,
  NodeToolbar,
  Position,
  useConnection,
  useStore,
  type NodeProps,
} from '@xyflow/react';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isComposing, isSaveEnter } from '../../../ui/isSaveEnter.ts';
import { ATTITUDE_COLOURS, CARD_HEIGHT, CARD_WIDTH } from '../drawing/geometry.ts';
import { useCardActions } from './mapContext.ts';
import classes from './MapCard.module.css';
import type { CardNode } from './mapTypes.ts';

const COMPACT_ZOOM = 0.4;

/** One person on the map. Memoised: a 1,000-card map re-renders only the cards that changed. */
export const MapCard = memo(function MapCard({ data, selected }: NodeProps<CardNode>) {
  const { t } = useTranslation();
  const actions = useCardActions();
  const [hovered, setHovered] = useState(false);
  const connecting = useConnection((c) => c.inProgress);
  // Zoomed far out the details are unreadable anyway: draw the name only, much less to paint.
  const compact = useStore((s) => s.transform[2] < COMPACT_ZOOM);
  const { person, member, roleLabels, dimmed, editing } = data;
  const toolbarShown = (selected || hovered) && !editing && !compact;

  // A deal is selected: the person is either on its committee or dimmed.
  const dealContext = Boolean(member) || dimmed;
  const band = member ? ATTITUDE_COLOURS[member.attitude] : null;
  const className = [
    classes.card,
    person.external && classes.external,
    dimmed && classes.dimmed,
    selected && classes.selected,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      className={className}
      data-committee={member ? 'member' : dimmed ? 'outside' : undefined}
      style={{ width: CARD_WIDTH, height: CARD_HEIGHT }}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      {/* Mounted only when shown: a mounted toolbar follows every pan and zoom of the view. */}
      {toolbarShown && (
        <NodeToolbar isVisible position={Position.Top} offset={6}>
          <Group
            gap={2}
            role="toolbar"
            aria-label={t('orgmap.card.actions', { name: person.name })}
            // Tab from the card comes here, and Tab/Shift+Tab/Esc leave it (useMapKeyboard).
            data-card-toolbar={person.id}
            bg="var(--dw-color-card)"
            p={2}
            style={{ borderRadius: 6, boxShadow: '0 1px 4px rgb(0 0 0 / 18%)' }}
            onMouseEnter={() => setHovered(true)}
            onMouseLeave={() => setHovered(false)}
          >
            {!person.external && (
              <>
                <CardAction
                  label={t('orgmap.card.addReport')}
                  onClick={() => actions.addReport(person)}
                >
                  <IconSitemap size={16} />
                </CardAction>
                <CardAction
                  label={t('orgmap.card.addPeer')}
                  onClick={() => actions.addPeer(person)}
                >
                  <IconUsersPlus size={16} />
                </CardAction>
              </>
            )}
            <CardAction label={t('orgmap.card.link')} onClick={() => actions.startLink(person.id)}>
              <IconArrowRightRhombus size={16} />
            </CardAction>
            {dealContext && (
              <CardAction
                label={t('orgmap.card.committee')}
                onClick={() => actions.editCommittee(person)}
              >
                <IconUsersGroup size={16} />
              </CardAction>
            )}
            <CardAction label={t('orgmap.card.edit')} onClick={() => actions.startEdit(person.id)}>
              <IconPencil size={16} />
            </CardAction>
            <CardAction
              label={t('orgmap.card.delete')}
              color="red"
              onClick={() => actions.remove(person)}
            >
              <IconTrash size={16} />
            </CardAction>
          </Group>
        </NodeToolbar>
      )}

      <Handle
        id="in"
        type="target"
        position={Position.Top}
        className={classes.hidden}
        isConnectable={false}
      />
      <Handle
        id="out"
        type="source"
        position={Position.Bottom}
        className={classes.hidden}
        isConnectable={false}
      />
      {/* While an influence line is being drawn, the whole card accepts its end. */}
      <Handle
        id="drop"
        type="target"
        position={Position.Left}
        className={classes.dropZone}
        style={{ pointerEvents: connecting ? 'all' : 'none' }}
      />

      {band && <div className={classes.band} style={{ background: band }} aria-hidden />}
      {!band && dimmed && (
        <div className={classes.band} style={{ background: ATTITUDE_COLOURS.none }} aria-hidden />
      )}
      <div className={classes.body}>
        {editing ? (
          <CardEditor data={data} />
        ) : compact ? (
          <div className={`${classes.name} ${classes.line}`}>{person.name}</div>
        ) : (
          <>
            <div className={`${classes.name} ${classes.line}`}>{person.name}</div>
            {person.title && (
              <div className={`${classes.line} ${classes.muted}`} title={person.title}>
                {person.title}
              </div>
            )}
            <div className={`${classes.line} ${classes.small}`}>
              {person.external
                ? t('orgmap.card.external', { organization: person.organization || '—' })
                : person.department}
            </div>
            {member && (
              <>
                {roleLabels.length > 0 && (
                  // Cut to the card's width; the whole line shows on hover.
                  <div
                    className={`${classes.line} ${classes.roles}`}
                    title={roleLabels.join(t('orgmap.card.roleSeparator'))}
                  >
                    {roleLabels.join(t('orgmap.card.roleSeparator'))}
                  </div>
                )}
                <div className={`${classes.line} ${classes.small}`}>
                  <span style={{ color: band ?? undefined, fontWeight: 600 }}>
                    {t(`committee.enums.attitude.${member.attitude}`)}
                  </span>
                  {' · '}
                  {t('orgmap.card.contact', {
                    contact: t(`committee.enums.contact.${member.contact}`),
                  })}
                  {member.influence &&
                    ` · ${t('orgmap.card.influence', {
                      influence: t(`committee.enums.influence.${member.influence}`),
                    })}`}
                </div>
              </>
            )}
          </>
        )}
      </div>

      <Handle
        id="link"
        type="source"
        position={Position.Right}
        className={classes.link}
        // A mouse's way to start a line; the card's toolbar has the same action as a button, so
        // the handle (a plain div, which may carry no aria-label) stays out of the a11y tree.
        aria-hidden
        title={t('orgmap.card.drawLine', { name: person.name })}
      />
    </div>
  );
});

function CardAction({
  label,
  onClick,
  color,
  children,
}: {
  label: string;
  onClick: () => void;
  color?: string;
  children: React.ReactNode;
}) {
  return (
    <Tooltip label={label} withinPortal openDelay={300}>
      <ActionIcon
        variant="subtle"
        color={color}
        size="md"
        aria-label={label}
        className="nodrag nopan"
        onClick={(e) => {
          e.stopPropagation();
          onClick();
        }}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** Name, title and department (organisation for an outside person) edited in place. */
export function CardEditor({ data }: { data: CardNode['data'] }) {
  const { t } = useTranslation();
  const actions = useCardActions();
  const { person } = data;
  const [name, setName] = useState(person.name);
  const [title, setTitle] = useState(person.title);
  const [place, setPlace] = useState(person.external ? person.organization : person.department);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
    first.current?.select();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    // Enter and Escape pick or drop the characters of an IME composition.
    if (isComposing(e)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      actions.cancelEdit();
    } else if (isSaveEnter(e)) {
      e.preventDefault();
      actions.saveEdit(person, {
        name: name.trim(),
        title: title.trim(),
        department: person.external ? person.department : place.trim(),
        organization: person.external ? place.trim() : person.organization,
      });
    }
  };
  const placeLabel = person.external ? t('orgmap.card.organization') : t('orgmap.card.department');

  return (
    <div className={`${classes.editor} nodrag nopan nowheel`}>
      <input
        ref={first}
        aria-label={t('orgmap.card.name')}
        placeholder={t('orgmap.card.name')}
        value={name}
        maxLength={100}
        onChange={(e) => setName(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <input
        aria-label={t('orgmap.card.title')}
        placeholder={t('orgmap.card.title')}
        value={title}
        maxLength={100}
        onChange={(e) => setTitle(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <input
        aria-label={placeLabel}
        placeholder={placeLabel}
        value={place}
        maxLength={100}
        onChange={(e) => setPlace(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
