import {
  Alert,
  Button,
  Group,
  Input,
  Modal,
  MultiSelect,
  SegmentedControl,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTITUDES,
  CONTACT_STRENGTHS,
  INFLUENCES,
  type Attitude,
  type ContactStrength,
  type Influence,
} from '../../../../shared/enums.ts';
import { isSaveEnter } from '../../../ui/isSaveEnter.ts';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { ATTITUDE_COLOURS } from '../drawing/geometry.ts';

/** What the map's committee dialog edits of one person on one deal. */
export type CommitteeValues = {
  member: boolean;
  roles: string[];
  attitude: Attitude;
  influence: Influence | null;
  contact: ContactStrength;
};

export const NOT_A_MEMBER: CommitteeValues = {
  member: false,
  roles: [],
  attitude: 'neutral',
  influence: null,
  contact: 'none',
};

const UNKNOWN = 'unknown';

type Props = {
  opened: boolean;
  personName: string;
  /** Visible roles, plus any hidden one the person already holds (so it is not lost). */
  roleOptions: { value: string; label: string }[];
  initial: CommitteeValues;
  busy: boolean;
  error: string | null;
  onSubmit: (values: CommitteeValues) => void;
  onClose: () => void;
};

/**
 * Puts a person on the selected deal's buying committee, or takes them off, and sets their
 * buying roles, attitude, influence and contact strength. Enter saves, Esc cancels; taking off
 * someone who holds roles asks once more.
 */
export function CommitteeDialog({
  opened,
  personName,
  roleOptions,
  initial,
  busy,
  error,
  onSubmit,
  onClose,
}: Props) {
  const { t } = useTranslation();
  useInertBackground(opened);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('orgmap.committee.title', { name: personName })}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && (
        <CommitteeForm
          personName={personName}
          roleOptions={roleOptions}
          initial={initial}
          busy={busy}
          error={error}
          onSubmit={onSubmit}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function CommitteeForm({
  personName,
  roleOptions,
  initial,
  busy,
  error,
  onSubmit,
  onClose,
}: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CommitteeValues>(initial);
  const [confirming, setConfirming] = useState(false);
  const removing = initial.member && !values.member;
  const needsConfirm = removing && initial.roles.length > 0;

  return (
    <form
      onKeyDown={(e) => {
        // Text fields submit on Enter by themselves; the switch and the segments do not.
        const target = e.target as HTMLElement;
        if (
          isSaveEnter(e) &&
          !e.defaultPrevented &&
          target instanceof HTMLInputElement &&
          (target.type === 'checkbox' || target.type === 'radio')
        ) {
          e.preventDefault();
          e.currentTarget.requestSubmit();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (busy) return;
        if (needsConfirm && !confirming) {
          setConfirming(true);
          return;
        }
        onSubmit(values.member ? values : { ...NOT_A_MEMBER });
      }}
    >
      <Stack gap="sm">
        <Switch
          label={t('orgmap.committee.onCommittee')}
          checked={values.member}
          onChange={(e) => {
            const member = e.currentTarget.checked;
            setConfirming(false);
            setValues((v) => ({ ...v, member }));
          }}
          data-autofocus
        />
        <MultiSelect
          label={t('orgmap.committee.roles')}
          placeholder={values.roles.length === 0 ? t('orgmap.committee.rolesPlaceholder') : ''}
          data={roleOptions}
          value={values.roles}
          disabled={!values.member}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
          onChange={(roles) => setValues((v) => ({ ...v, roles }))}
        />
        <Input.Wrapper label={t('orgmap.committee.attitude')} labelElement="div">
          <SegmentedControl
            fullWidth
            aria-label={t('orgmap.committee.attitude')}
            disabled={!values.member}
            value={values.attitude}
            onChange={(a) => setValues((v) => ({ ...v, attitude: a as Attitude }))}
            data={ATTITUDES.map((a) => ({
              value: a,
              label: (
                <span style={{ color: values.member ? ATTITUDE_COLOURS[a] : undefined }}>
                  {t(`committee.enums.attitude.${a}`)}
                </span>
              ),
            }))}
          />
        </Input.Wrapper>
        <Input.Wrapper label={t('orgmap.committee.influence')} labelElement="div">
          <SegmentedControl
            fullWidth
            aria-label={t('orgmap.committee.influence')}
            disabled={!values.member}
            value={values.influence ?? UNKNOWN}
            onChange={(i) =>
              setValues((v) => ({ ...v, influence: i === UNKNOWN ? null : (i as Influence) }))
            }
            data={[
              ...INFLUENCES.map((i) => ({ value: i, label: t(`committee.enums.influence.${i}`) })),
              { value: UNKNOWN, label: t('orgmap.committee.influenceUnknown') },
            ]}
          />
        </Input.Wrapper>
        <Input.Wrapper label={t('orgmap.committee.contact')} labelElement="div">
          <SegmentedControl
            fullWidth
            aria-label={t('orgmap.committee.contact')}
            disabled={!values.member}
            value={values.contact}
            onChange={(c) => setValues((v) => ({ ...v, contact: c as ContactStrength }))}
            data={CONTACT_STRENGTHS.map((c) => ({
              value: c,
              label: t(`committee.enums.contact.${c}`),
            }))}
          />
        </Input.Wrapper>
        {confirming && (
          <Alert color="orange" role="alert" title={t('orgmap.committee.confirmTitle')}>
            {t('orgmap.committee.confirmBody', { name: personName })}
          </Alert>
        )}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            {t('orgmap.card.saveHint')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={confirming ? 'red' : undefined}>
              {confirming ? t('orgmap.committee.confirmRemove') : t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
