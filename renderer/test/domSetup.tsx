// Runs before every dom (jsdom) test file.
import type * as Mantine from '@mantine/core';
import type { TextareaProps } from '@mantine/core';
import { vi } from 'vitest';

// jsdom has no layout, so an autosized Textarea measures nothing, yet it re-reads its computed style
// (all of jsdom's stylesheet rules, up its ancestors) after every render: a fifth of a form test's
// time. Mantine turns autosize off when NODE_ENV is 'test', but its bundle fixes NODE_ENV to
// 'development'; this does what Mantine means to do.
vi.mock('@mantine/core', async (importOriginal) => {
  const mantine = await importOriginal<typeof Mantine>();
  const { Textarea } = mantine;
  const PlainTextarea = Object.assign(
    (props: TextareaProps) => <Textarea {...props} autosize={false} />,
    { classes: Textarea.classes, displayName: Textarea.displayName },
  );
  return { ...mantine, Textarea: PlainTextarea };
});
