import { useEffect, useRef } from 'react';
import type { PickOption } from '../../../ui/grid/filterOptions.ts';
import classes from './CommitteeMatrix.module.css';
import { optionId, PickList } from './PickList.tsx';

type EditorProps = {
  listId: string;
  label: string;
  /** The choices shown for the typed text (gridKeys' shownOptions); null for free text. */
  shown: PickOption[] | null;
  multi: boolean;
  placeholder: string | undefined;
  /** The typed text: a text cell's draft, or a select's filter. */
  query: string;
  highlight: number;
  picked: string[];
  emptyText: string;
  onQuery: (query: string) => void;
  /** A click on one of the shown options, by its index. */
  onPick: (index: number) => void;
  onBlur: () => void;
};

/** The input of the cell being edited; a select's options open under it. */
export function MatrixCellEditor(props: EditorProps) {
  const { listId, label, shown, multi, query, highlight, picked } = props;
  // A stable ref: Popover.Target merges it, and a new callback each render would loop.
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = inputRef.current;
    if (el && document.activeElement !== el) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
  }, []);
  const input = (
    <input
      ref={inputRef}
      className={classes.input}
      aria-label={label}
      placeholder={props.placeholder}
      value={query}
      onChange={(event) => props.onQuery(event.currentTarget.value)}
      onBlur={props.onBlur}
      {...(shown
        ? {
            role: 'combobox',
            'aria-expanded': true,
            'aria-controls': listId,
            'aria-autocomplete': 'list' as const,
            'aria-activedescendant': optionId(listId, highlight),
          }
        : {})}
    />
  );
  if (!shown) return input;
  // The list hangs under the cell inside the grid: a floating popover re-positioned itself
  // against the moving layout without end.
  return (
    <>
      {input}
      <div className={classes.dropdown}>
        <PickList
          id={listId}
          label={label}
          options={shown}
          highlight={highlight}
          picked={multi ? picked : undefined}
          empty={props.emptyText}
          onPick={(option) => props.onPick(shown.indexOf(option))}
        />
      </div>
    </>
  );
}
