/**
 * Builds the column list, named parameters and SET clause of one table. Taking the columns as a
 * record of the row type makes a forgotten or misspelt column a compile error.
 */
export function columnSql<Row>(columnsOfRow: Record<keyof Row & string, true>) {
  const columns = Object.keys(columnsOfRow);
  return {
    columns: columns.join(', '),
    params: columns.map((c) => `@${c}`).join(', '),
    /** Every column except the immutable id and created_at. */
    assignments: columns
      .filter((c) => c !== 'id' && c !== 'created_at')
      .map((c) => `${c} = @${c}`)
      .join(', '),
  };
}
