import { ActionIcon, Group, Paper, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES } from '../../../../shared/enums.ts';
import { ATTITUDE_COLOURS, type LineStyleKey } from '../drawing/geometry.ts';
import { LINE_KEYS, LineSwatch } from './MapToolbar.tsx';

/** Explains the attitude colours (with a deal) and the line styles, in the current language. */
export function MapLegend({
  dealSelected,
  hidden,
}: {
  dealSelected: boolean;
  hidden: ReadonlySet<LineStyleKey>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  return (
    <Paper
      withBorder
      shadow="xs"
      px="xs"
      py={6}
      radius="md"
      role="region"
      aria-label={t('orgmap.legend.title')}
      maw={620}
    >
      <Group gap="xs" wrap="wrap" align="center" style={{ rowGap: 4 }}>
        <Group gap={2} wrap="nowrap">
          <Text size="xs" fw={700}>
            {t('orgmap.legend.title')}
          </Text>
          <ActionIcon
            variant="subtle"
            size="xs"
            color="gray"
            aria-label={t('orgmap.legend.title')}
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? <IconChevronDown size={12} /> : <IconChevronUp size={12} />}
          </ActionIcon>
        </Group>
        {open && dealSelected && (
          <>
            {ATTITUDES.map((a) => (
              <Entry key={a} swatch={<Swatch colour={ATTITUDE_COLOURS[a]} />}>
                {t(`committee.enums.attitude.${a}`)}
              </Entry>
            ))}
            <Entry swatch={<Swatch colour={ATTITUDE_COLOURS.none} faded />}>
              {t('orgmap.legend.noMember')}
            </Entry>
          </>
        )}
        {open &&
          LINE_KEYS.filter((k) => !hidden.has(k)).map((k) => (
            <Entry key={k} swatch={<LineSwatch lineKey={k} />}>
              {t(`orgmap.lineKinds.${k}`)}
            </Entry>
          ))}
        {open && (
          <Entry
            swatch={
              <span
                aria-hidden
                style={{
                  width: 20,
                  height: 12,
                  border: '1px dashed var(--mantine-color-violet-5)',
                  background: 'var(--mantine-color-violet-0)',
                  borderRadius: 3,
                  flexShrink: 0,
                }}
              />
            }
          >
            {t('orgmap.legend.external')}
          </Entry>
        )}
      </Group>
    </Paper>
  );
}

function Entry({ swatch, children }: { swatch: React.ReactNode; children: React.ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap">
      {swatch}
      <Text size="xs">{children}</Text>
    </Group>
  );
}

function Swatch({ colour, faded }: { colour: string; faded?: boolean }) {
  return (
    <span
      aria-hidden
      style={{
        width: 20,
        height: 10,
        borderRadius: 2,
        background: colour,
        opacity: faded ? 0.4 : 1,
        flexShrink: 0,
      }}
    />
  );
}
