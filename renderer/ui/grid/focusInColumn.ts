/**
 * Moves the keyboard from a cell's input to the input of the same column (the same `data-cell`)
 * in the next row (`step` 1) or the previous one (-1), skipping rows without one. Used by grids
 * whose cells are always inputs, where ↑/↓ and Enter go along the column.
 */
export function focusInColumn(input: HTMLInputElement, step: 1 | -1) {
  const cell = input.dataset['cell'];
  const row = input.closest('tr');
  if (!cell || !row) return;
  let next = step === 1 ? row.nextElementSibling : row.previousElementSibling;
  while (next) {
    const target = next.querySelector<HTMLInputElement>(`input[data-cell="${cell}"]`);
    if (target) {
      target.focus();
      target.select();
      return;
    }
    next = step === 1 ? next.nextElementSibling : next.previousElementSibling;
  }
}
