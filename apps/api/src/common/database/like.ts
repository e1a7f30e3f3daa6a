/** A case-insensitive "contains" pattern for LIKE: the person's `%`, `_` and `\` match literally. */
export const containsPattern = (search: string): string =>
  `%${search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A case-sensitive "starts with" pattern for LIKE: `enrolment.` → `enrolment.%`, wildcards in the prefix match literally. */
export const startsWithPattern = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
