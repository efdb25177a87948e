import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CommitteeMember } from '../../../../shared/committee.ts';
import { makeIssue } from '../../../../shared/issues.ts';
import {
  dealCompetitorUpsert,
  type DealCompetitor,
  type RepRelation,
} from '../../../../shared/competition.ts';
import { COMPETITIVE_POSITIONS, THREAT_LEVELS } from '../../../../shared/enums.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { route } from '../../../routes/route.ts';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { useRecordReload } from '../../../ui/form/useRecordReload.ts';
import { zodParser, type DraftParser } from '../../../ui/form/zodParser.ts';
import { competitionQueries } from '../api/competitionQueries.ts';
import { useDealCompetitorMutations } from '../api/useDealCompetitorMutations.ts';
import { useReload } from '../../../data/read.ts';

export type DealCompetitorDraft = {
  incumbent: boolean;
  satisfaction: number | null;
  repName: string;
  repStyle: string;
  /** A row added by "Add a person" has no person until the user chooses one. */
  repRelations: RelationDraft[];
  position: DealCompetitor['position'];
  threat: DealCompetitor['threat'];
  theirStrategy: string;
  ourCounter: string;
};

type RelationDraft = Omit<RepRelation, 'personId'> & { personId: string | null };

const draftSchema = dealCompetitorUpsert
  .omit({ opportunityId: true, competitorId: true, version: true })
  .required();
const parseSchema = zodParser(draftSchema);
/** The contract's schema, and a person chosen on every relation row (never one picked for the user). */
const parseDraft: DraftParser<DealCompetitorDraft, z.output<typeof draftSchema>> = (values) => {
  const unchosen = values.repRelations.flatMap((r, i) =>
    r.personId === null ? [makeIssue(['repRelations', i, 'personId'], 'person_required')] : [],
  );
  const result = parseSchema({
    ...values,
    repRelations: values.repRelations.filter((r): r is RepRelation => r.personId !== null),
  });
  if (unchosen.length === 0) return result;
  return { success: false, issues: [...unchosen, ...(result.success ? [] : result.issues)] };
};

const draftOf = (d: DealCompetitor): DealCompetitorDraft => ({
  incumbent: d.incumbent,
  satisfaction: d.satisfaction,
  repName: d.repName,
  repStyle: d.repStyle,
  repRelations: d.repRelations,
  position: d.position,
  threat: d.threat,
  theirStrategy: d.theirStrategy,
  ourCounter: d.ourCounter,
});

const CLOSENESS: RepRelation['closeness'][] = ['close', 'frequent', 'distant'];

type Props = {
  entry: DealCompetitor;
  members: CommitteeMember[];
  people: Person[];
  onRemove: (entry: DealCompetitor) => void;
};

/**
 * One competitor in a deal (竞争对手分析表 5-18): incumbent and satisfaction, their rep and whom
 * the rep is close to on the committee, where we stand, the threat and both strategies.
 */
export function DealCompetitorCard({ entry, members, people, onRemove }: Props) {
  const { t } = useTranslation();
  const reloadQuery = useReload();
  const { upsert } = useDealCompetitorMutations(entry.opportunityId);
  const { form, problem, onSubmit, reload } = useDraftForm({
    initialValues: draftOf(entry),
    parse: parseDraft,
  });
  // The version this card edits: moved on by its own saves and by a reload after a conflict.
  const [version, setVersion] = useState(entry.version);
  const { reloading, reloadRecord } = useRecordReload(
    entry,
    async (current) => {
      const list = await reloadQuery(competitionQueries.dealCompetitors(current.opportunityId));
      return list.find((d) => d.competitorId === current.competitorId) ?? current;
    },
    (fresh) => {
      setVersion(fresh.version);
      reload(draftOf(fresh));
    },
  );

  const nameOf = (personId: string) => people.find((p) => p.id === personId)?.name ?? personId;
  const rowName = (r: RelationDraft, i: number) =>
    r.personId === null
      ? t('competition.dealCompetitor.personOf', { index: i + 1 })
      : nameOf(r.personId);
  const memberOptions = members.map((m) => ({ value: m.personId, label: nameOf(m.personId) }));
  const relations = form.values.repRelations;
  // One more row while a member is left for it (rows not yet chosen count as taken).
  const canAdd =
    members.filter((m) => !relations.some((r) => r.personId === m.personId)).length >
    relations.filter((r) => r.personId === null).length;
  const relationsError = form.errors['repRelations'];

  const field = (name: keyof DealCompetitorDraft) => ({
    label: t(`competition.dealCompetitor.${name}`),
    ...form.getInputProps(name),
  });
  const nullableSelect = (
    name: 'position' | 'threat',
    options: { value: string; label: string }[],
  ) => {
    const props = form.getInputProps(name);
    return (
      <Select
        {...props}
        label={t(`competition.dealCompetitor.${name}`)}
        data={options}
        value={(props.value as string | null) ?? null}
        placeholder={t('competition.dealCompetitor.notSet')}
        clearable
      />
    );
  };

  const submit = onSubmit(async (draft) => {
    const saved = await upsert.mutateAsync({
      competitorId: entry.competitorId,
      version,
      ...draft,
    });
    setVersion(saved.version);
    // The app's toast says it, with Undo (renderer/app/UndoRedo.tsx).
    reload(draftOf(saved));
  });

  const satisfactionProps = form.getInputProps('satisfaction');

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={entry.competitorName}
      data-testid={`deal-competitor-${entry.competitorId}`}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="xs">
              <Title order={4}>
                <Anchor
                  href={route.href({ name: 'competitor', id: entry.competitorId })}
                  inherit
                  aria-label={t('competition.tab.openInLibrary', { name: entry.competitorName })}
                >
                  {entry.competitorName}
                </Anchor>
              </Title>
              {entry.position && (
                <Badge variant="light" tt="none" color={POSITION_COLORS[entry.position]}>
                  {t(`enums.competitivePosition.${entry.position}`)}
                </Badge>
              )}
              {entry.threat && (
                <Badge variant="outline" tt="none" color={THREAT_COLORS[entry.threat]}>
                  {t(`enums.threatLevel.${entry.threat}`)}
                </Badge>
              )}
            </Group>
            <Tooltip label={t('competition.tab.removeLabel', { name: entry.competitorName })}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('competition.tab.removeLabel', { name: entry.competitorName })}
                onClick={() => onRemove(entry)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>

          {problem && (
            <FormProblemAlert problem={problem} onReload={reloadRecord} reloading={reloading} />
          )}

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <Switch
              {...form.getInputProps('incumbent', { type: 'checkbox' })}
              label={t('competition.dealCompetitor.incumbent')}
              mt={{ sm: 28 }}
            />
            <Select
              {...satisfactionProps}
              label={t('competition.dealCompetitor.satisfaction')}
              description={t('competition.dealCompetitor.satisfactionHint')}
              data={(['1', '2', '3', '4', '5'] as const).map((v) => ({
                value: v,
                label: t(`competition.dealCompetitor.satisfactionOption.${v}`),
              }))}
              value={
                typeof satisfactionProps.value === 'number' ? String(satisfactionProps.value) : null
              }
              onChange={(v) => form.setFieldValue('satisfaction', v === null ? null : Number(v))}
              placeholder={t('competition.dealCompetitor.notSet')}
              disabled={!form.values.incumbent}
              clearable
            />
            {nullableSelect(
              'position',
              COMPETITIVE_POSITIONS.map((p) => ({
                value: p,
                label: t(`enums.competitivePosition.${p}`),
              })),
            )}
            {nullableSelect(
              'threat',
              THREAT_LEVELS.map((p) => ({ value: p, label: t(`enums.threatLevel.${p}`) })),
            )}
            <TextInput {...field('repName')} />
            <TextInput {...field('repStyle')} />
          </SimpleGrid>

          <RelationsField
            label={t('competition.dealCompetitor.repRelations')}
            hint={t('competition.dealCompetitor.repRelationsHint')}
            error={relationsError}
            testId={`rep-relations-${entry.competitorId}`}
          >
            {relations.map((r, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                <Select
                  aria-label={t('competition.dealCompetitor.personOf', { index: i + 1 })}
                  data={memberOptions.filter(
                    (o) => o.value === r.personId || !relations.some((x) => x.personId === o.value),
                  )}
                  value={r.personId}
                  onChange={(v) => {
                    if (!v) return;
                    form.setFieldValue(`repRelations.${i}.personId`, v);
                    // The relations' error sits on the whole list: the choice answers it.
                    form.clearFieldError('repRelations');
                  }}
                  placeholder={t('competition.dealCompetitor.choosePerson')}
                  error={r.personId === null && !!relationsError}
                  allowDeselect={false}
                  searchable
                  style={{ flex: 1 }}
                />
                <Select
                  aria-label={t('competition.dealCompetitor.closenessOf', {
                    name: rowName(r, i),
                  })}
                  data={CLOSENESS.map((c) => ({
                    value: c,
                    label: t(`committee.enums.contact.${c}`),
                  }))}
                  value={r.closeness}
                  onChange={(v) =>
                    v &&
                    form.setFieldValue(`repRelations.${i}.closeness`, v as RepRelation['closeness'])
                  }
                  allowDeselect={false}
                  w={140}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={4}
                  aria-label={t('competition.dealCompetitor.removeRelation', {
                    name: rowName(r, i),
                  })}
                  onClick={() => form.removeListItem('repRelations', i)}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            ))}
            {members.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('competition.dealCompetitor.noMembers')}
              </Text>
            ) : (
              canAdd && (
                <Group>
                  <Button
                    variant="subtle"
                    size="xs"
                    leftSection={<IconPlus size={14} />}
                    // The row starts empty: a person picked for the user would be saved unnoticed.
                    onClick={() =>
                      form.insertListItem('repRelations', {
                        personId: null,
                        closeness: 'close',
                      } satisfies RelationDraft)
                    }
                  >
                    {t('competition.dealCompetitor.addRelation')}
                  </Button>
                </Group>
              )
            )}
          </RelationsField>

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <Textarea {...field('theirStrategy')} autosize minRows={2} maxRows={6} />
            <Textarea {...field('ourCounter')} autosize minRows={2} maxRows={6} />
          </SimpleGrid>

          <Group justify="flex-end">
            <Button
              type="submit"
              loading={upsert.isPending}
              aria-label={t('competition.dealCompetitor.save', { name: entry.competitorName })}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RelationsField({
  label,
  hint,
  error,
  testId,
  children,
}: {
  label: string;
  hint: string;
  error: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Stack gap={4} role="group" aria-label={label} data-testid={testId}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {children}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

const POSITION_COLORS = { ahead: 'teal', level: 'gray', behind: 'red' } as const;
const THREAT_COLORS = { high: 'red', medium: 'orange', low: 'gray' } as const;
