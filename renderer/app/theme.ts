import { createTheme, darken, lighten, type CSSVariablesResolver } from '@mantine/core';

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
    // Mantine's focus placeholder is a focusable role="presentation" div inside role="menu",
    // which a menu may not hold (axe-core: aria-required-children); the first item takes focus.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
  },
});

/**
 * Text at WCAG AA contrast (4.5:1) in both schemes, on the page and on the tints behind it.
 * Light: Mantine's dimmed and placeholder greys (gray.6: 3.3:1, gray.5: 2.1:1), coloured text
 * (shade 7–8, e.g. red on the grey of a table's header: 4.3:1) and its light badges (shade 9 on
 * shade 1: orange 3.6:1) fall short; each is a darker step of Mantine's own colour. Dark: the dimmed
 * grey (dark.2: 4.0:1 on the page, 3:1 on a hovered row) and the placeholder (dark.3) are lifted.
 *
 * The `--dw-*` surfaces are the app's own: a quiet panel (navigation, table header, board column)
 * and a hairline border, so that no component names a light grey that stays light in dark.
 */
export const contrastVariables: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': darken(t.colors.gray[6], 0.25),
    '--mantine-color-placeholder': darken(t.colors.gray[6], 0.25),
    ...Object.fromEntries(
      Object.entries(t.colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-text`, darken(shades[9], 0.15)],
        [`--mantine-color-${name}-light-color`, darken(shades[9], 0.3)],
      ]),
    ),
    '--dw-color-surface': t.colors.gray[0],
    '--dw-color-surface-hover': t.colors.gray[1],
    '--dw-color-border': t.colors.gray[2],
    '--dw-color-card': t.white,
  },
  dark: {
    '--mantine-color-dimmed': lighten(t.colors.dark[2], 0.3),
    '--mantine-color-placeholder': lighten(t.colors.dark[2], 0.2),
    '--dw-color-surface': t.colors.dark[8],
    '--dw-color-surface-hover': t.colors.dark[6],
    '--dw-color-border': t.colors.dark[4],
    '--dw-color-card': t.colors.dark[6],
  },
});
