import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NativeSelect,
  Popover,
  Stack,
  Table,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconNote, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  criterionScore,
  criterionUpsert,
  type Comparison,
  type Criterion,
  type CriterionScore,
  type VendorKey,
} from '../../../../shared/competition.ts';
import { CRITERIA_AREAS, toSupportedLocale, type CriteriaArea } from '../../../../shared/enums.ts';
import { fromZodIssues, type Issue } from '../../../../shared/issues.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { issueMessage } from '../../../ui/form/issueMessage.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useCriteriaMutations, type CriterionPatch } from '../api/useCriteriaMutations.ts';
import { CellInput } from './CellInput.tsx';

type Props = {
  opportunityId: string;
  comparison: Comparison;
};

type T = ReturnType<typeof useTranslation>['t'];

/**
 * The deal's buying criteria as a small spreadsheet: name, area, weight (with its share of the
 * total), a 1–10 score for us and each competitor, a note per score. Each cell saves on its own;
 * a refused value stays in its cell with the reason.
 */
export function CriteriaGrid({ opportunityId, comparison }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const { save, remove, addDefaults, refresh } = useCriteriaMutations(opportunityId);
  const [stale, setStale] = useState(false);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Criterion | null>(null);
  const vendors = comparison.vendors;
  const criteria = comparison.criteria;

  const vendorLabel = (vendor: VendorKey) =>
    vendor === 'us'
      ? t('competition.criteria.us')
      : (vendors.find((v) => v.vendor === vendor)?.name ?? vendor);

  /** Saves one change; answers the message to show at the cell, or null. */
  const commit = async (criterionId: string | null, patch: CriterionPatch) => {
    const local = criterionUpsert.safeParse({ opportunityId, ...patch });
    if (!local.success) return firstMessage(t, fromZodIssues(local.error.issues));
    setGeneralError(null);
    try {
      await save(criterionId, patch);
      return null;
    } catch (error) {
      if (error instanceof RpcError && error.code === 'conflict') {
        setStale(true);
        return null;
      }
      if (error instanceof RpcError && error.issues.length > 0) {
        return firstMessage(t, error.issues);
      }
      setGeneralError(
        String(t(`errors.codes.${error instanceof RpcError ? error.code : 'internal'}`)),
      );
      return null;
    }
  };

  const scoreOf = (c: Criterion, vendor: VendorKey): CriterionScore =>
    c.scores.find((s) => s.vendor === vendor) ?? { vendor, score: null, note: '' };

  const commitScore = (c: Criterion, vendor: VendorKey, text: string) => {
    const trimmed = text.trim();
    const number = trimmed === '' ? null : Number(trimmed.replace(',', '.'));
    if (number !== null && Number.isNaN(number)) {
      return Promise.resolve(issueMessage(t, { code: 'not_integer', message: '' }));
    }
    const entry = { ...scoreOf(c, vendor), score: number };
    const checked = criterionScore.safeParse(entry);
    if (!checked.success) {
      return Promise.resolve(firstMessage(t, fromZodIssues(checked.error.issues)));
    }
    return commit(c.id, { scores: [entry] });
  };

  const commitWeight = (c: Criterion, text: string) => {
    const number = Number(text.trim().replace(',', '.'));
    if (text.trim() === '' || Number.isNaN(number)) {
      return Promise.resolve(issueMessage(t, { code: 'invalid_type', message: '' }));
    }
    return commit(c.id, { weight: number });
  };

  if (criteria.length === 0) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('competition.criteria.empty')}
        </Text>
        <Group gap="sm">
          <Button
            onClick={() => addDefaults.mutate(toSupportedLocale(i18n.language))}
            loading={addDefaults.isPending}
          >
            {t('competition.criteria.addDefaults')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              void commit(null, { name: t('competition.criteria.newName'), weight: 1 })
            }
          >
            {t('competition.criteria.add')}
          </Button>
        </Group>
        {addDefaults.isError && (
          <Text size="sm" c="red" role="alert">
            {t(
              `errors.codes.${addDefaults.error instanceof RpcError ? addDefaults.error.code : 'internal'}`,
            )}
          </Text>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('competition.criteria.hint')}
      </Text>
      {stale && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle />}
          title={t('competition.criteria.staleTitle')}
          role="alert"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('competition.criteria.staleBody')}</Text>
            <Button
              size="xs"
              variant="light"
              color="orange"
              leftSection={<IconRefresh size={14} />}
              onClick={() => {
                setStale(false);
                void refresh();
              }}
            >
              {t('competition.criteria.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      {generalError && (
        <Text size="sm" c="red" role="alert">
          {generalError}
        </Text>
      )}
      <Table.ScrollContainer minWidth={560 + vendors.length * 110}>
        <Table aria-label={t('competition.criteria.tableLabel')} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('competition.criteria.name')}</Table.Th>
              <Table.Th>{t('competition.criteria.area')}</Table.Th>
              <Table.Th>{t('competition.criteria.weight')}</Table.Th>
              <Table.Th ta="right">{t('competition.criteria.share')}</Table.Th>
              {vendors.map((v) => (
                <Table.Th key={v.vendor}>
                  {v.vendor === 'us'
                    ? t('competition.criteria.ourScore')
                    : t('competition.criteria.scoreOf', { vendor: vendorLabel(v.vendor) })}
                </Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criteria.map((c, index) => (
              <Table.Tr key={c.id} data-testid={`criterion-${c.id}`}>
                <Table.Td miw={180}>
                  <CellInput
                    label={t('competition.criteria.nameOf', { index: index + 1 })}
                    value={c.name}
                    data-cell="name"
                    onCommit={(text) => commit(c.id, { name: text })}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    w={180}
                    aria-label={t('competition.criteria.areaOf', { name: c.name })}
                    value={c.area ?? ''}
                    data={[
                      { value: '', label: t('competition.criteria.noArea') },
                      ...CRITERIA_AREAS.map((a) => ({
                        value: a,
                        label: t(`enums.criteriaArea.${a}`),
                      })),
                    ]}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      void commit(c.id, {
                        area: value === '' ? null : (value as CriteriaArea),
                      });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <CellInput
                    label={t('competition.criteria.weightOf', { name: c.name })}
                    value={String(c.weight)}
                    width={80}
                    align="right"
                    inputMode="decimal"
                    data-cell="weight"
                    onCommit={(text) => commitWeight(c, text)}
                  />
                </Table.Td>
                <Table.Td ta="right" data-testid="weight-percent">
                  <Text size="sm" span>
                    {fmt.percent(c.weightPercent)}
                  </Text>
                </Table.Td>
                {vendors.map((v) => {
                  const s = scoreOf(c, v.vendor);
                  return (
                    <Table.Td key={v.vendor}>
                      <Group gap={4} wrap="nowrap" align="flex-start">
                        <CellInput
                          label={t('competition.criteria.scoreCell', {
                            vendor: vendorLabel(v.vendor),
                            name: c.name,
                          })}
                          value={s.score === null ? '' : String(s.score)}
                          width={56}
                          align="right"
                          inputMode="numeric"
                          data-cell={`score-${v.vendor}`}
                          onCommit={(text) => commitScore(c, v.vendor, text)}
                        />
                        <NoteButton
                          label={t('competition.criteria.noteCell', {
                            vendor: vendorLabel(v.vendor),
                            name: c.name,
                          })}
                          note={s.note}
                          onSave={(note) => commit(c.id, { scores: [{ ...s, note }] })}
                        />
                      </Group>
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  <Tooltip label={t('competition.criteria.removeLabel', { name: c.name })}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('competition.criteria.removeLabel', { name: c.name })}
                      onClick={() => setRemoving(c)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => void commit(null, { name: t('competition.criteria.newName'), weight: 1 })}
        >
          {t('competition.criteria.add')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={removing !== null}
        title={t('competition.criteria.removeTitle')}
        body={t('competition.criteria.removeBody', { name: removing?.name ?? '' })}
        confirmLabel={t('competition.criteria.remove')}
        color="red"
        busy={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSettled: () => setRemoving(null),
          })
        }
        onCancel={() => setRemoving(null)}
      />
    </Stack>
  );
}

function firstMessage(t: T, issues: Issue[]): string {
  const issue = issues[0];
  return issueMessage(t, issue ?? { code: 'invalid_type', message: '' });
}

/** The note on one score, in a popover; saved when the popover closes. */
function NoteButton({
  label,
  note,
  onSave,
}: {
  label: string;
  note: string;
  onSave: (note: string) => Promise<string | null>;
}) {
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState(note);
  const [error, setError] = useState<string | null>(null);
  const close = async () => {
    if (draft !== note) {
      const refusal = await onSave(draft);
      setError(refusal);
      if (refusal) return;
    }
    setOpened(false);
  };
  return (
    <Popover
      opened={opened}
      onChange={(o) => (o ? setOpened(true) : void close())}
      width={280}
      position="bottom-end"
      trapFocus
      withArrow
    >
      <Popover.Target>
        <ActionIcon
          variant={note ? 'light' : 'subtle'}
          color={note ? 'indigo' : 'gray'}
          size="sm"
          mt={4}
          aria-label={label}
          title={note || undefined}
          onClick={() => {
            if (opened) void close();
            else {
              setDraft(note);
              setError(null);
              setOpened(true);
            }
          }}
        >
          <IconNote size={14} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Textarea
          label={label}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setDraft(note);
              setOpened(false);
            }
          }}
          error={error}
          autosize
          minRows={2}
          data-autofocus
        />
      </Popover.Dropdown>
    </Popover>
  );
}
