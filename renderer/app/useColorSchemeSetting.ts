import { useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import type { ColorSchemeSetting } from '../../shared/enums.ts';
import { printInLight } from '../ui/printInLight.ts';

/**
 * Applies the workspace's colour scheme through Mantine's manager ('system' is Mantine's 'auto',
 * which follows the OS as it changes), and prints in light whatever the screen shows: Mantine's
 * dark styles hang on the root's attribute, so it is set to light while the browser prints
 * (Ctrl+P, window.print). printDocument does the same around Electron's printToPDF.
 */
export function useColorSchemeSetting(setting: ColorSchemeSetting | undefined) {
  const { setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    if (setting) setColorScheme(setting === 'system' ? 'auto' : setting);
  }, [setting, setColorScheme]);

  useEffect(() => {
    let restore: (() => void) | null = null;
    const before = () => {
      restore = printInLight();
    };
    const after = () => {
      restore?.();
      restore = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
