import {
  createTheme,
  darken,
  lighten,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

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
 * Both: filled colours carry white text at 4.5:1 (aaShade).
 *
 * The `--dw-*` surfaces are the app's own: a quiet panel (navigation, table header, board column)
 * and a hairline border, so that no component names a light grey that stays light in dark.
 */
/** White on `colour` reaches WCAG AA (4.5:1). */
const whiteReads = (colour: string) => 1.05 / (luminance(colour) + 0.05) >= 4.5;

/**
 * The shade a filled badge or button (white text) and an outline badge (coloured text on the page)
 * use: the theme's shade 7 where white reads on it (green.7 does not: 2.7:1), else the next
 * darker one, else the first darker step of shade 9 that does (green, yellow).
 */
function aaShade(shades: MantineColorsTuple): string {
  const shade = [shades[7], shades[8], shades[9]].find(whiteReads);
  if (shade) return shade;
  let step = 0.05;
  while (!whiteReads(darken(shades[9], step)) && step < 0.6) step += 0.05;
  return darken(shades[9], step);
}

export const contrastVariables: CSSVariablesResolver = (t) => {
  // In each scheme's block: Mantine sets these per scheme, over anything set on :root alone.
  const filled = Object.fromEntries(
    Object.entries(t.colors)
      .filter(([name]) => name !== 'dark')
      .flatMap(([name, shades]) => [
        [`--mantine-color-${name}-filled`, aaShade(shades)],
        [`--mantine-color-${name}-filled-hover`, darken(aaShade(shades), 0.1)],
      ]),
  );
  return {
    variables: {},
    light: {
      ...filled,
      '--mantine-color-dimmed': darken(t.colors.gray[6], 0.25),
      '--mantine-color-placeholder': darken(t.colors.gray[6], 0.25),
      // A link on a hovered or focused row's tint (indigo.7 on indigo.1: 3.9:1).
      '--mantine-color-anchor': darken(t.colors[t.primaryColor]?.[9] ?? t.colors.indigo[9], 0.15),
      ...Object.fromEntries(
        Object.entries(t.colors).flatMap(([name, shades]) => [
          [`--mantine-color-${name}-text`, darken(shades[9], 0.15)],
          [`--mantine-color-${name}-light-color`, darken(shades[9], 0.3)],
          [`--mantine-color-${name}-outline`, aaShade(shades)],
        ]),
      ),
      '--dw-color-surface': t.colors.gray[0],
      '--dw-color-surface-hover': t.colors.gray[1],
      '--dw-color-border': t.colors.gray[2],
      '--dw-color-card': t.white,
    },
    dark: {
      ...filled,
      '--mantine-color-dimmed': lighten(t.colors.dark[2], 0.3),
      '--mantine-color-placeholder': lighten(t.colors.dark[2], 0.2),
      '--dw-color-surface': t.colors.dark[8],
      '--dw-color-surface-hover': t.colors.dark[6],
      '--dw-color-border': t.colors.dark[4],
      '--dw-color-card': t.colors.dark[6],
    },
  };
};
