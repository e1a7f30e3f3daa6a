/**
 * Moves the headings of rendered markdown down so the highest becomes `top` (h3 under a section's
 * h2), keeping their relative order; h6 at most. Only touches the bare `<hN>` tags markdown-it writes.
 */
export const demoteHeadings = (html: string, top = 3): string => {
  const levels = [...html.matchAll(/<h([1-6])>/g)].map((match) => Number(match[1]));
  if (levels.length === 0) return html;
  const shift = top - Math.min(...levels);
  if (shift <= 0) return html;
  return html.replace(
    /<(\/?)h([1-6])>/g,
    (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}>`,
  );
};
