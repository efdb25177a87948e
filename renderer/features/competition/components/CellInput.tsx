import { TextInput } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { editKey, keyOf } from '../../../ui/grid/editKeys.ts';
import { focusInColumn } from '../../../ui/grid/focusInColumn.ts';

type Props = {
  label: string;
  value: string;
  /** Saves the typed text; resolves to an error message when refused (the text is kept). */
  onCommit: (text: string) => Promise<string | null>;
  /** Shown until the next commit, e.g. a refusal from an earlier attempt. */
  align?: 'right';
  width?: number;
  inputMode?: 'numeric' | 'decimal';
  'data-cell'?: string;
};

/**
 * A grid cell edited in place: typing edits; Enter, ↑/↓ or leaving the cell saves (Enter and
 * the arrows then move along the column); Escape goes back to the saved value. A refused value stays in the cell with the reason under it, so the user
 * can correct it; nothing is saved meanwhile.
 */
export function CellInput({ label, value, onCommit, align, width, inputMode, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // The text last sent and the value it replaced, so that Enter and then leaving the cell save
  // once, and a refused text is not sent again until something changes.
  const sent = useRef<{ text: string; over: string } | null>(null);
  // A new value from the server (after a save or a reload) replaces an untouched draft.
  if (value !== saved) {
    setSaved(value);
    if (error === null) setDraft(value);
  }

  const commit = async () => {
    if (draft === value) {
      setError(null);
      return;
    }
    if (sent.current?.text === draft && sent.current.over === value) return;
    sent.current = { text: draft, over: value };
    setError(await onCommit(draft));
  };

  // The grid keyboard (ui/grid/editKeys.ts), for cells that are always inputs.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = editKey(keyOf(event), true);
    if (!action) return;
    if (action.type === 'cancel') {
      sent.current = null;
      setDraft(value);
      setError(null);
      return;
    }
    // Tab is left to the browser: it moves to the next control, and leaving the cell saves.
    if (action.move !== 'down' && action.move !== 'up') return;
    event.preventDefault();
    // React lets go of the event before the save answers.
    const input = event.currentTarget;
    const step = action.move === 'up' ? -1 : 1;
    void commit().then(() => focusInColumn(input, step));
  };

  return (
    <TextInput
      aria-label={label}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => void commit()}
      onKeyDown={onKeyDown}
      error={error}
      size="xs"
      w={width}
      inputMode={inputMode}
      styles={align === 'right' ? { input: { textAlign: 'right' } } : undefined}
      {...rest}
    />
  );
}
