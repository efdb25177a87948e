import { Textarea } from '@mantine/core';
import { memo } from 'react';
import type { Issue } from '../../../../shared/issues.ts';
import { textProps } from './fieldProps.ts';
import type { SheetActions } from './useSheetForm.ts';

type Props = {
  field: 'ourBatna' | 'theirBatna' | 'agenda' | 'risks' | 'outcome';
  value: string;
  issue: Issue | undefined;
  actions: SheetActions;
  label: string;
  description?: string;
  placeholder?: string;
  /** False when alone in its section: named by the section's title without repeating it. */
  labelled?: boolean;
};

/**
 * A free-text part of the sheet. Memoised: an autosizing textarea measures itself on every
 * render, which typing elsewhere on the sheet should not pay for.
 */
export const SheetTextarea = memo(function SheetTextarea({
  field,
  value,
  issue,
  actions,
  label,
  description,
  placeholder,
  labelled = true,
}: Props) {
  return (
    <Textarea
      {...textProps(field, value, actions, issue ? { [field]: issue } : {})}
      {...(labelled ? { label } : { 'aria-label': label })}
      description={description}
      placeholder={placeholder}
      autosize
      minRows={3}
      maxRows={14}
    />
  );
});
