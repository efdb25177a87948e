import { ActionIcon, Tooltip } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';

/** The arrow at the start of a detail page's header that leads back to its list. */
export function BackButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} onClick={onClick}>
        <IconArrowLeft size={20} />
      </ActionIcon>
    </Tooltip>
  );
}
