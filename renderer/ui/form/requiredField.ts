/**
 * Props for a required input. The asterisk comes from CSS (global.css) with empty alternative
 * text instead of Mantine's span inside the label, so that the label reads exactly "Name" —
 * to screen readers and to tests finding the field by its label alike.
 */
export const requiredField = {
  required: true,
  withAsterisk: false,
  labelProps: { 'data-required-mark': true },
} as const;
