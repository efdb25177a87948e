// Runs before every dom (jsdom) test file.
import type * as Mantine from '@mantine/core';
import type { TextareaProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { BRIDGE_KEY } from '../../shared/bridge.ts';
import { i18n } from '../i18n/i18n.ts';

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

// Test files share one module graph (isolate: false in vitest.config.ts, 4-5× faster): reset
// the app's singletons that a file may leave changed for the next one.
afterEach(async () => {
  cleanup();
  notifications.clean();
  Reflect.deleteProperty(window, BRIDGE_KEY);
  await i18n.changeLanguage(i18n.options.lng);
});
