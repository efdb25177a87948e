import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PackageApplyResult,
  PackageEntity,
  PackageItem,
  PackagePreview,
  PackageResolution,
} from '../../../../shared/packages.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useApplyPackage } from '../api/packages.ts';

type Props = {
  preview: PackagePreview;
  onClose: () => void;
  /** After the import, e.g. to open the account. */
  onImported?: (accountId: string) => void;
};

// Conflicts first: they are what the user must decide.
const LISTED = ['conflict', 'theirs', 'new', 'mine'] as const;
const STATUS_COLOR = {
  conflict: 'orange',
  theirs: 'blue',
  new: 'teal',
  mine: 'gray',
  same: 'gray',
};

// The forms' own field names, where the record kind has a form.
const FIELD_LABELS: Partial<Record<PackageEntity, string>> = {
  account: 'accounts.fields',
  person: 'people.fields',
  opportunity: 'opportunities.fields',
};

/** What importing the package does, record by record, with a choice per conflict. */
export function PackagePreviewDialog({ preview, onClose, onImported }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const conflicts = preview.items.filter((item) => item.status === 'conflict');
  const [choices, setChoices] = useState<Record<string, PackageResolution>>(() =>
    Object.fromEntries(conflicts.map((item) => [item.key, 'mine' as const])),
  );
  const [result, setResult] = useState<PackageApplyResult | null>(null);
  const apply = useApplyPackage({ onSuccess: setResult });
  const changes = preview.counts.new + preview.counts.theirs + preview.counts.conflict;
  const setAll = (choice: PackageResolution) =>
    setChoices(Object.fromEntries(conflicts.map((item) => [item.key, choice])));

  const fieldLabel = (entity: PackageEntity, field: string) => {
    const key = `${FIELD_LABELS[entity] ?? ''}.${field}`;
    return FIELD_LABELS[entity] && i18n.exists(key) ? (t as (k: string) => string)(key) : field;
  };

  const differences = (item: PackageItem) =>
    item.fields.map((f) => (
      <Text key={f.field} size="xs" style={{ overflowWrap: 'anywhere' }}>
        {t('accountPackage.difference', {
          field: fieldLabel(item.entity, f.field),
          mine: f.mine || t('accountPackage.empty'),
          theirs: f.theirs || t('accountPackage.empty'),
        })}
      </Text>
    ));

  const close = () => {
    if (result) onImported?.(result.accountId);
    onClose();
  };

  return (
    <Modal
      opened
      onClose={close}
      title={t('accountPackage.title')}
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('accountPackage.from', {
            account: preview.accountName,
            date: format.dateTime(preview.exportedAt),
            version: preview.appVersion,
          })}
        </Text>
        <Group gap="xs">
          {(['new', 'theirs', 'mine', 'conflict', 'same'] as const).map((status) => (
            <Badge key={status} color={STATUS_COLOR[status]} variant="light">
              {t('accountPackage.countLine', {
                label: t(`accountPackage.status.${status}`),
                count: preview.counts[status],
              })}
            </Badge>
          ))}
        </Group>

        {result ? (
          <Alert color="teal" role="status">
            {t('accountPackage.done', result)}
          </Alert>
        ) : changes === 0 && preview.counts.mine === 0 ? (
          <Alert color="gray" icon={<IconInfoCircle size={18} />}>
            {t('accountPackage.nothingToDo')}
          </Alert>
        ) : (
          <>
            {conflicts.length > 0 && (
              <Group gap="sm">
                <Button variant="default" size="xs" onClick={() => setAll('mine')}>
                  {t('accountPackage.keepMineAll')}
                </Button>
                <Button variant="default" size="xs" onClick={() => setAll('theirs')}>
                  {t('accountPackage.takeTheirsAll')}
                </Button>
              </Group>
            )}
            <Table.ScrollContainer minWidth={600} maxHeight={420}>
              <Table aria-label={t('accountPackage.tableLabel')} verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('accountPackage.columns.kind')}</Table.Th>
                    <Table.Th>{t('accountPackage.columns.record')}</Table.Th>
                    <Table.Th>{t('accountPackage.columns.differences')}</Table.Th>
                    <Table.Th>{t('accountPackage.columns.choice')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {LISTED.map((status) => {
                    const items = preview.items.filter((item) => item.status === status);
                    if (items.length === 0) return null;
                    return (
                      <Fragment key={status}>
                        <Table.Tr>
                          <Table.Th colSpan={4} scope="colgroup">
                            <Group gap="xs">
                              <Badge color={STATUS_COLOR[status]} variant="light">
                                {t(`accountPackage.status.${status}`)}
                              </Badge>
                              <Text size="xs" c="dimmed" fw={400}>
                                {t(`accountPackage.statusHint.${status}`)}
                              </Text>
                            </Group>
                          </Table.Th>
                        </Table.Tr>
                        {items.map((item) => (
                          <Table.Tr key={item.key}>
                            <Table.Td>
                              <Text size="sm">{t(`accountPackage.entity.${item.entity}`)}</Text>
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm">{item.label}</Text>
                            </Table.Td>
                            <Table.Td>{differences(item)}</Table.Td>
                            <Table.Td>
                              {status === 'conflict' ? (
                                <SegmentedControl
                                  size="xs"
                                  aria-label={t('accountPackage.choiceLabel', {
                                    record: item.label,
                                  })}
                                  value={choices[item.key] ?? 'mine'}
                                  onChange={(value) =>
                                    setChoices((c) => ({
                                      ...c,
                                      [item.key]: value as PackageResolution,
                                    }))
                                  }
                                  data={[
                                    { value: 'mine', label: t('accountPackage.mine') },
                                    { value: 'theirs', label: t('accountPackage.theirs') },
                                  ]}
                                />
                              ) : (
                                <Text size="sm">
                                  {status === 'mine'
                                    ? t('accountPackage.mine')
                                    : t('accountPackage.theirs')}
                                </Text>
                              )}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Fragment>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {preview.counts.same > 0 && (
              <Text size="xs" c="dimmed">
                {t('accountPackage.sameHidden', { count: preview.counts.same })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('accountPackage.backupNote')}
            </Text>
          </>
        )}

        {apply.isError && (
          <Text size="sm" c="red" role="alert">
            {errorText(t, apply.error)}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          {result ? (
            <Button onClick={close}>{t('common.close')}</Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                loading={apply.isPending}
                disabled={changes === 0}
                onClick={() =>
                  apply.mutate({ previewId: preview.previewId, resolution: 'mine', choices })
                }
              >
                {t('accountPackage.apply')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
