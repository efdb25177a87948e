import { createTheme } from '@mantine/core';

// System fonts only (the app works offline), with the usual Chinese UI faces per platform.
const fontFamily = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  fontFamily,
  headings: { fontFamily, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // Hints under the input, so that inputs side by side stay aligned.
    InputWrapper: {
      defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] },
    },
    // Mantine stretches the hidden switch input over the label; keep it over the track, so
    // that a click on the label text reaches the label (and toggles) like any other.
    Switch: { styles: { input: { width: 'var(--switch-width)', height: 'var(--switch-height)' } } },
    Badge: { defaultProps: { radius: 'sm', variant: 'light' } },
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true } },
  },
});
