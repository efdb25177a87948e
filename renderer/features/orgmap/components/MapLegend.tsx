import { Group, Paper, Stack, Text } from '@mantine/core';
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
  return (
    <Paper
      withBorder
      shadow="xs"
      p="xs"
      radius="md"
      role="region"
      aria-label={t('orgmap.legend.title')}
      style={{ fontSize: 12 }}
    >
      <Stack gap={4}>
        <Text size="xs" fw={700}>
          {t('orgmap.legend.title')}
        </Text>
        {dealSelected && (
          <>
            <Text size="xs" c="dimmed">
              {t('orgmap.legend.attitudes')}
            </Text>
            {ATTITUDES.map((a) => (
              <Group key={a} gap={6} wrap="nowrap">
                <Swatch colour={ATTITUDE_COLOURS[a]} />
                <Text size="xs">{t(`committee.enums.attitude.${a}`)}</Text>
              </Group>
            ))}
            <Group gap={6} wrap="nowrap">
              <Swatch colour={ATTITUDE_COLOURS.none} faded />
              <Text size="xs">{t('orgmap.legend.noMember')}</Text>
            </Group>
          </>
        )}
        <Text size="xs" c="dimmed">
          {t('orgmap.legend.lines')}
        </Text>
        {LINE_KEYS.filter((k) => !hidden.has(k)).map((k) => (
          <Group key={k} gap={6} wrap="nowrap">
            <LineSwatch lineKey={k} />
            <Text size="xs">{t(`orgmap.lineKinds.${k}`)}</Text>
          </Group>
        ))}
        <Group gap={6} wrap="nowrap">
          <span
            aria-hidden
            style={{
              width: 28,
              height: 12,
              border: '1px dashed var(--mantine-color-violet-5)',
              background: 'var(--mantine-color-violet-0)',
              borderRadius: 3,
              flexShrink: 0,
            }}
          />
          <Text size="xs">{t('orgmap.legend.external')}</Text>
        </Group>
      </Stack>
    </Paper>
  );
}

function Swatch({ colour, faded }: { colour: string; faded?: boolean }) {
  return (
    <span
      aria-hidden
      style={{
        width: 28,
        height: 10,
        borderRadius: 2,
        background: colour,
        opacity: faded ? 0.4 : 1,
        flexShrink: 0,
      }}
    />
  );
}
