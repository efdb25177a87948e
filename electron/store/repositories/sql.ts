/** Builds the column list, named parameters and SET clause of one table from its column names. */
export function columnSql(columns: readonly string[]) {
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
