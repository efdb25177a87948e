import { DateInput, type DateInputProps } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A calendar date stored as YYYY-MM-DD, typed or picked. While its calendar is open, Escape
 * closes only the calendar, not the drawer around the form (as Mantine's selects already do).
 */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'popoverProps'>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <DateInput
      {...props}
      valueFormat="YYYY-MM-DD"
      placeholder={t('dates.placeholder')}
      clearable
      clearButtonProps={{ 'aria-label': t('dates.clear') }}
      ariaLabels={{
        previousMonth: t('dates.previousMonth'),
        nextMonth: t('dates.nextMonth'),
        previousYear: t('dates.previousYear'),
        nextYear: t('dates.nextYear'),
        previousDecade: t('dates.previousDecade'),
        nextDecade: t('dates.nextDecade'),
        monthLevelControl: t('dates.monthLevel'),
        yearLevelControl: t('dates.yearLevel'),
      }}
      popoverProps={{ onOpen: () => setOpen(true), onClose: () => setOpen(false) }}
      data-mantine-stop-propagation={open || undefined}
    />
  );
}
