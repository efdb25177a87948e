import { Checkbox, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { PickOption } from '../../../ui/grid/filterOptions.ts';
import classes from './CommitteeMatrix.module.css';

type Props = {
  id: string;
  label: string;
  options: PickOption[];
  highlight: number;
  /** Ticked codes of a multi-select; undefined for a single pick. */
  picked?: string[];
  empty: string;
  onPick: (option: PickOption) => void;
};

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The options under a cell or picker input. The input keeps the keyboard (it is the combobox and
 * names the highlighted option with aria-activedescendant); a click picks without taking focus.
 */
export function PickList({ id, label, options, highlight, picked, empty, onPick }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const option = document.getElementById(optionId(id, highlight));
    if (option && listRef.current?.contains(option)) option.scrollIntoView({ block: 'nearest' });
  }, [id, highlight]);

  if (options.length === 0) {
    return (
      <Text size="sm" c="dimmed" px="xs" py={4}>
        {empty}
      </Text>
    );
  }
  return (
    <div
      ref={listRef}
      id={id}
      role="listbox"
      aria-label={label}
      aria-multiselectable={picked ? true : undefined}
      style={{ maxHeight: 260, overflowY: 'auto' }}
    >
      {options.map((option, i) => {
        const selected = picked ? picked.includes(option.value) : i === highlight;
        return (
          <div
            key={option.value}
            id={optionId(id, i)}
            role="option"
            aria-selected={selected}
            className={classes.option}
            data-highlighted={i === highlight || undefined}
            onMouseDown={(event) => {
              // Keep the focus in the input, which owns the keyboard.
              event.preventDefault();
              onPick(option);
            }}
          >
            {picked && (
              <Checkbox
                size="xs"
                checked={picked.includes(option.value)}
                readOnly
                tabIndex={-1}
                aria-hidden
              />
            )}
            {option.label}
          </div>
        );
      })}
    </div>
  );
}
