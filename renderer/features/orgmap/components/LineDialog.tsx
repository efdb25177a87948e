import {
  Button,
  Group,
  Input,
  Modal,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INFLUENCE_DIRECTIONS,
  INFLUENCE_LINE_KINDS,
  INFLUENCE_STRENGTHS,
  type InfluenceDirection,
  type InfluenceLineKind,
  type InfluenceStrength,
} from '../../../../shared/enums.ts';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { LINE_STYLES } from '../drawing/geometry.ts';

export type LineValues = {
  kind: InfluenceLineKind;
  direction: InfluenceDirection;
  strength: InfluenceStrength;
  note: string;
};

export const NEW_LINE: LineValues = {
  kind: 'informal',
  direction: 'one_way',
  strength: 'medium',
  note: '',
};

export const NOTE_MAX = 2000;

type Props = {
  opened: boolean;
  mode: 'create' | 'edit';
  fromName: string;
  toName: string;
  initial: LineValues;
  busy: boolean;
  error: string | null;
  onSubmit: (values: LineValues) => void;
  onDelete?: () => void;
  onClose: () => void;
};

/**
 * Kind, direction, strength and note of an influence line. Every choice is one of the contract's
 * codes and the note is capped at its length, so there is nothing invalid to send.
 */
export function LineDialog({
  opened,
  mode,
  fromName,
  toName,
  initial,
  busy,
  error,
  onSubmit,
  onDelete,
  onClose,
}: Props) {
  const { t } = useTranslation();
  useInertBackground(opened);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(mode === 'create' ? 'orgmap.line.newTitle' : 'orgmap.line.editTitle')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && (
        <LineForm
          mode={mode}
          fromName={fromName}
          toName={toName}
          initial={initial}
          busy={busy}
          error={error}
          onSubmit={onSubmit}
          onDelete={onDelete}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function LineForm({
  mode,
  fromName,
  toName,
  initial,
  busy,
  error,
  onSubmit,
  onDelete,
  onClose,
}: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<LineValues>(initial);

  const between = t(
    values.direction === 'mutual' ? 'orgmap.line.betweenMutual' : 'orgmap.line.between',
    { from: fromName, to: toName },
  );

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ ...values, note: values.note.trim().slice(0, NOTE_MAX) });
      }}
    >
      <Stack gap="sm">
        <Text fw={600}>{between}</Text>
        {/* Radios in two columns: the kinds' names are too long for one segmented row. */}
        <Radio.Group
          label={t('orgmap.line.kind')}
          value={values.kind}
          onChange={(kind) => setValues((v) => ({ ...v, kind: kind as InfluenceLineKind }))}
        >
          <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} mt={4}>
            {INFLUENCE_LINE_KINDS.map((kind) => (
              <Radio
                key={kind}
                value={kind}
                label={
                  <span style={{ color: LINE_STYLES[kind].stroke, fontWeight: 600 }}>
                    {t(`orgmap.lineKinds.${kind}`)}
                  </span>
                }
              />
            ))}
          </SimpleGrid>
        </Radio.Group>
        <Group grow align="flex-start">
          <Input.Wrapper label={t('orgmap.line.direction')} labelElement="div">
            <SegmentedControl
              fullWidth
              aria-label={t('orgmap.line.direction')}
              value={values.direction}
              onChange={(direction) =>
                setValues((v) => ({ ...v, direction: direction as InfluenceDirection }))
              }
              data={INFLUENCE_DIRECTIONS.map((d) => ({
                value: d,
                label: t(`orgmap.direction.${d}`),
              }))}
            />
          </Input.Wrapper>
          <Input.Wrapper label={t('orgmap.line.strength')} labelElement="div">
            <SegmentedControl
              fullWidth
              aria-label={t('orgmap.line.strength')}
              value={values.strength}
              onChange={(strength) =>
                setValues((v) => ({ ...v, strength: strength as InfluenceStrength }))
              }
              data={INFLUENCE_STRENGTHS.map((s) => ({
                value: s,
                label: t(`orgmap.strength.${s}`),
              }))}
            />
          </Input.Wrapper>
        </Group>
        <Textarea
          label={t('orgmap.line.note')}
          placeholder={t('orgmap.line.notePlaceholder')}
          value={values.note}
          maxLength={NOTE_MAX}
          autosize
          minRows={2}
          maxRows={6}
          onChange={(e) => {
            const note = e.currentTarget.value;
            setValues((v) => ({ ...v, note }));
          }}
        />
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group justify="space-between" gap="sm">
          <div>
            {mode === 'edit' && onDelete && (
              <Button variant="subtle" color="red" onClick={onDelete} disabled={busy}>
                {t('orgmap.line.delete')}
              </Button>
            )}
          </div>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-autofocus>
              {mode === 'create' ? t('orgmap.line.create') : t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
