/**
 * INSERT and UPDATE text from a row mapping (rows.ts), so a column added there needs no SQL here.
 * Keys come from our own mapping functions, never from input.
 */
export function insertSql(table: string, row: Record<string, unknown>): { text: string; values: unknown[] } {
  const keys = Object.keys(row);
  const places = keys.map((_, index) => `$${index + 1}`).join(', ');
  return { text: `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${places})`, values: Object.values(row) };
}

/** `UPDATE table SET a = $2, … , version = version + 1 WHERE id = $1`. */
export function updateSql(
  table: string,
  id: string,
  row: Record<string, unknown>,
): { text: string; values: unknown[] } {
  const sets = Object.keys(row).map((key, index) => `${key} = $${index + 2}`);
  return {
    text: `UPDATE ${table} SET ${sets.join(', ')}, version = version + 1 WHERE id = $1`,
    values: [id, ...Object.values(row)],
  };
}
