import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHOW_ABOUT_EVENT, SHOW_SHORTCUTS_EVENT } from '../../shared/menuCommands.ts';
import { route } from '../routes/route.ts';
import { AboutDialog } from './AboutDialog.tsx';
import { openExportMenu, useMenuCommands } from './useMenuCommands.ts';

/** What the page does for each command of the desktop app's menu; the About dialog lives here. */
export function MenuCommands() {
  const { t } = useTranslation();
  const [aboutOpen, setAboutOpen] = useState(false);
  useMenuCommands({
    import: () => {
      window.location.hash = route.href({ name: 'import' });
    },
    export: () => {
      if (!openExportMenu()) notifications.show({ message: t('desktop.nothingToExport') });
    },
    // The system's print dialog for the screen as shown (print styles keep it light).
    print: () => window.print(),
    // The shortcuts screen listens for this event (its "?" key opens it too).
    shortcuts: () => window.dispatchEvent(new Event(SHOW_SHORTCUTS_EVENT)),
    about: () => setAboutOpen(true),
  });
  // The browser shell has no menu: its About is opened by this event (a command, a test).
  useEffect(() => {
    const open = () => setAboutOpen(true);
    window.addEventListener(SHOW_ABOUT_EVENT, open);
    return () => window.removeEventListener(SHOW_ABOUT_EVENT, open);
  }, []);
  return <AboutDialog opened={aboutOpen} onClose={() => setAboutOpen(false)} />;
}
