import { Badge, Button, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Swot } from '../../../../shared/competition.ts';
import { useWrite } from '../../../data/write.ts';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { competitionQueries } from '../api/competitionQueries.ts';
import type { SwotText } from '../utils/swotPrefill.ts';
import { useReload } from '../../../data/read.ts';
import { useTask } from '../../../ui/useTask.ts';
import { announceDone } from '../../../data/undoSteps.ts';

const text = z.string().trim().max(4000);
const swotSchema = z.strictObject({
  strengths: text,
  weaknesses: text,
  opportunities: text,
  threats: text,
});
const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
const COLORS = { strengths: 'teal', weaknesses: 'orange', opportunities: 'indigo', threats: 'red' };

const textOf = (s: Swot): SwotText => ({
  strengths: s.strengths,
  weaknesses: s.weaknesses,
  opportunities: s.opportunities,
  threats: s.threats,
});

type Props = {
  opportunityId: string;
  /** The saved SWOT, null when there is none yet. */
  saved: Swot | null;
  /** What the criteria, committee and competitors suggest. */
  suggestion: SwotText;
};

/** The deal's SWOT in four quadrants: prefilled until first saved, then as saved; editable. */
export function SwotEditor({ opportunityId, saved, suggestion }: Props) {
  const { t } = useTranslation();
  const reloadQuery = useReload();
  const [record, setRecord] = useState(saved);
  const [suggested, setSuggested] = useState(saved === null);
  const { form, problem, onSubmit, reload } = useDraftForm({
    initialValues: saved ? textOf(saved) : suggestion,
    schema: swotSchema,
  });
  const save = useWrite(async (draft: SwotText, { write, cache }) => {
    const next = await write('swot.save', {
      opportunityId,
      ...(record ? { version: record.version } : {}),
      ...draft,
    });
    cache.put(competitionQueries.swot(opportunityId), () => next);
    return next;
  });

  const submit = onSubmit(async (draft) => {
    const next = await save.mutateAsync(draft);
    setRecord(next);
    setSuggested(false);
    reload(textOf(next));
    announceDone(t('competition.swot.savedNotice'));
  });

  // After a conflict: the stored record, read again, replaces the draft.
  const reloadRecord = useTask(() => reloadQuery(competitionQueries.swot(opportunityId)), {
    onSuccess: (fresh) => {
      setRecord(fresh);
      reload(fresh ? textOf(fresh) : suggestion);
    },
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('competition.swot.hint')}
          </Text>
          {suggested && (
            <Badge color="yellow" variant="light" tt="none" data-testid="swot-suggested">
              {t('competition.swot.prefilled')}
            </Badge>
          )}
        </Group>
        {problem && (
          <FormProblemAlert
            problem={problem}
            onReload={() => reloadRecord.mutate()}
            reloading={reloadRecord.isPending}
          />
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {QUADRANTS.map((q) => (
            <Textarea
              key={q}
              label={t(`competition.swot.${q}`)}
              {...form.getInputProps(q)}
              autosize
              minRows={4}
              maxRows={12}
              styles={{
                // The theme's text shade: AA on the page in both schemes (shade 8 of teal or orange is not).
                label: { color: `var(--mantine-color-${COLORS[q]}-text)`, fontWeight: 600 },
              }}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            leftSection={<IconBulb size={16} />}
            onClick={() => {
              form.setValues(suggestion);
              setSuggested(true);
            }}
          >
            {t('competition.swot.refill')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('competition.swot.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
