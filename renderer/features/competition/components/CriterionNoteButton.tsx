import { ActionIcon, Popover, Textarea } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { useState } from 'react';

/** The note on one score, in a popover; saved when the popover closes. */
export function CriterionNoteButton({
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
