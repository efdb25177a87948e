import type { GetInputPropsReturnType } from '@mantine/form';

/** What Mantine's NumberInput holds (`number | ''`) as a stored number: empty is null. */
export const numberOrNull = (v: number | string): number | null => (v === '' ? null : Number(v));

/**
 * Adapts form props of a `number | null` field to Mantine's NumberInput, which speaks
 * `number | ''`: an emptied input stores null, and a half-typed value ("1.") its number.
 */
export function nullableNumberProps(props: GetInputPropsReturnType) {
  const { value, onChange, ...rest } = props;
  return {
    ...rest,
    value: typeof value === 'number' ? value : '',
    onChange: (next: number | string) => {
      (onChange as (v: number | null) => void)(numberOrNull(next));
    },
  };
}
