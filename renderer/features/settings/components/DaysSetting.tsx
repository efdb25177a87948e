import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { settings as settingsSchema } from '../../../../shared/schemas.ts';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { nullableNumberProps } from '../../../ui/form/nullableNumberProps.ts';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { zodParser } from '../../../ui/form/zodParser.ts';
import { settingsQueries } from '../api/settingsQueries.ts';
import { useUpdateSettings } from '../api/useUpdateSettings.ts';
import { announceDone } from '../../../data/undoSteps.ts';

type DaysField = 'reviewCadenceDays' | 'competitorStaleDays';

/** Each setting's contract, and its check: an emptied input is a missing value ("required"). */
const contractOf = (field: DaysField) => {
  const schema = settingsSchema.pick({ [field]: true } as Record<DaysField, true>);
  const parse = zodParser(schema);
  return {
    schema,
    parse: (values: Record<DaysField, number | null>) =>
      parse({ [field]: values[field] ?? undefined } as z.input<typeof schema>),
  };
};
const CONTRACTS = {
  reviewCadenceDays: contractOf('reviewCadenceDays'),
  competitorStaleDays: contractOf('competitorStaleDays'),
};

type Props = {
  field: DaysField;
  /** What the form shows before the settings are loaded. */
  fallback: number;
  /** The texts of this setting, in the UI language. */
  text: { title: string; hint: string; label: string; save: string; saved: string };
};

/** One setting counted in days, saved with its own button. */
export function DaysSetting({ field, fallback, text }: Props) {
  const settings = useQuery(settingsQueries.current());
  const stored = settings.data?.[field] ?? fallback;
  // The stored value starts the form again once it arrives (or is saved elsewhere).
  return <DaysForm key={stored} field={field} stored={stored} text={text} />;
}

function DaysForm({ field, stored, text }: Omit<Props, 'fallback'> & { stored: number }) {
  const save = useUpdateSettings();
  const { form, problem, onSubmit, rangeProps } = useDraftForm({
    initialValues: { [field]: stored } as Record<DaysField, number | null>,
    ...CONTRACTS[field],
  });

  const submit = onSubmit(async (draft) => {
    await save.mutateAsync({ [field]: draft[field] });
    announceDone(text.saved);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Title order={3} fz="lg">
          {text.title}
        </Title>
        <Text size="sm" c="dimmed">
          {text.hint}
        </Text>
        {problem && <FormProblemAlert problem={problem} />}
        <Group align="flex-start" gap="sm">
          <NumberInput
            {...nullableNumberProps(form.getInputProps(field))}
            {...rangeProps(field)}
            label={text.label}
            allowDecimal={false}
            // Out-of-range input is refused with a message, not silently clamped.
            clampBehavior="none"
            w={360}
          />
          <Button type="submit" mt={25} loading={save.isPending}>
            {text.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
