/** A case-insensitive "contains" pattern for LIKE: the person's `%`, `_` and `\` match literally. */
export const containsPattern = (search: string): string =>
  `%${search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
