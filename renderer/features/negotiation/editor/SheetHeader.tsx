import { Paper, SimpleGrid, TextInput } from '@mantine/core';
import { memo } from 'react';
import type { Issue } from '../../../../shared/issues.ts';
import { DateField } from '../../../ui/form/DateField.tsx';
import { requiredField } from '../../../ui/form/requiredField.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { fieldError, textProps } from './fieldProps.ts';
import type { SheetActions } from './useSheetForm.ts';

type Props = {
  title: string;
  meetingDate: string | null;
  titleIssue: Issue | undefined;
  dateIssue: Issue | undefined;
  actions: SheetActions;
};

/** The sheet's title and meeting date. */
export const SheetHeader = memo(function SheetHeader({
  title,
  meetingDate,
  titleIssue,
  dateIssue,
  actions,
}: Props) {
  const { t } = useNegotiationT();
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          {...textProps('title', title, actions, titleIssue ? { title: titleIssue } : {})}
          label={t('header.title')}
          {...requiredField}
        />
        <DateField
          value={meetingDate}
          onChange={(date) => actions.set('meetingDate', date)}
          error={fieldError(dateIssue ? { meetingDate: dateIssue } : {}, 'meetingDate')}
          data-path="meetingDate"
          label={t('header.meetingDate')}
        />
      </SimpleGrid>
    </Paper>
  );
});
