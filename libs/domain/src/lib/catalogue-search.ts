/**
 * The participants' catalogue: how a search box's text becomes a safe prefix query, what an ODS
 * filter means, how a highlighted snippet is cut into plain text and ranges, and which phase a
 * cohort's enrolment is in. Pure rules shared by the API and the SPA.
 */

/** Longest search text accepted (characters). */
export const CATALOGUE_QUERY_MAX_LENGTH = 200;
export const CATALOGUE_PAGE_SIZE = 12;
export const CATALOGUE_MAX_PAGE_SIZE = 50;

/** Terms taken from a search text for the prefix query (beyond them the text is still searched). */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;
/** A last word shorter than this is not completed (a one-letter prefix matches nearly everything). */
const MIN_PREFIX_LENGTH = 2;

/**
 * The words of a search text: runs of letters and digits, lower-case and without accents
 * ("Gestión de Riesgos" → gestion, de, riesgos). Everything else (quotes, operators, punctuation)
 * separates words, so the result is safe to assemble into a `to_tsquery` text.
 */
export const searchTerms = (text: string): string[] =>
  (text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .slice(0, MAX_TERMS)
    .map((term) => term.slice(0, MAX_TERM_LENGTH));

/** Whether the text uses web-search syntax: a quoted phrase, an excluded word (`-palabra`) or `or`. */
const usesSearchSyntax = (text: string): boolean => /["“”]|(^|\s)-\S|(^|\s)or(\s|$)/i.test(text);

/**
 * A `to_tsquery` text that also finds words starting with the last word typed, so
 * "gestion de ries" finds "Gestión de Riesgos": every word required, the last one as a prefix
 * (`gestion & de & ries:*`). Null when there is nothing to complete or when the text uses
 * web-search syntax (phrases, exclusions, `or`), which the plain web-search query already honours.
 * Built only from letters and digits: never a syntax error, never an operator from the user.
 */
export const prefixTsQuery = (text: string): string | null => {
  if (usesSearchSyntax(text)) return null;
  const terms = searchTerms(text);
  const last = terms.at(-1);
  if (!last || last.length < MIN_PREFIX_LENGTH) return null;
  return [...terms.slice(0, -1), `${last}:*`].join(' & ');
};

/** An ODS goal (`11`): 1 to 17. */
export const SDG_GOAL_PATTERN = /^(?:[1-9]|1[0-7])$/;
/** The catalogue's ODS filter: one target (`11.3`, `16.a`) or a whole goal (`11`). */
export const SDG_FILTER_PATTERN = /^(?:[1-9]|1[0-7])(?:\.(?:[1-9][0-9]?|[a-z]))?$/;

export type SdgFilter = { kind: 'target'; target: string } | { kind: 'goal'; goal: number };

/** Reads the ODS filter: a target matches itself, a goal matches every target of that goal. */
export const parseSdgFilter = (value: string): SdgFilter | null => {
  if (!SDG_FILTER_PATTERN.test(value)) return null;
  return value.includes('.') ? { kind: 'target', target: value } : { kind: 'goal', goal: Number(value) };
};

/** Whether a course with these targets matches the ODS filter. */
export const matchesSdgFilter = (targets: readonly string[], filter: SdgFilter): boolean =>
  filter.kind === 'target'
    ? targets.includes(filter.target)
    : targets.some((target) => target.split('.')[0] === String(filter.goal));

/** Marks the database puts around matched words in a snippet (control characters: never in course text). */
export const HEADLINE_START = '\u0002';
export const HEADLINE_STOP = '\u0003';

export interface Highlight {
  start: number;
  length: number;
}

export interface Headline {
  text: string;
  highlights: Highlight[];
}

/** Markdown marks that would show as noise in a one-line snippet: links keep their text. */
const stripMarkdown = (text: string): string =>
  text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Cuts a snippet marked with HEADLINE_START/HEADLINE_STOP into plain text (markdown marks removed)
 * and the ranges to highlight, so the SPA renders `<mark>` itself and never parses HTML. Null when
 * nothing in it is highlighted.
 */
export const parseHeadline = (marked: string): Headline | null => {
  const clean = stripMarkdown(marked);
  let text = '';
  const highlights: Highlight[] = [];
  let open: number | null = null;
  for (const char of clean) {
    if (char === HEADLINE_START) {
      open ??= text.length;
    } else if (char === HEADLINE_STOP) {
      if (open !== null && text.length > open) highlights.push({ start: open, length: text.length - open });
      open = null;
    } else {
      text += char;
    }
  }
  if (open !== null && text.length > open) highlights.push({ start: open, length: text.length - open });
  return highlights.length > 0 ? { text, highlights } : null;
};

/** A snippet as alternating plain and highlighted pieces, for rendering. */
export const headlineSegments = (headline: Headline): { text: string; highlighted: boolean }[] => {
  const segments: { text: string; highlighted: boolean }[] = [];
  let at = 0;
  for (const { start, length } of [...headline.highlights].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    if (start > at) segments.push({ text: headline.text.slice(at, start), highlighted: false });
    segments.push({ text: headline.text.slice(start, start + length), highlighted: true });
    at = start + length;
  }
  if (at < headline.text.length) segments.push({ text: headline.text.slice(at), highlighted: false });
  return segments;
};

export type EnrolmentPhase = 'open' | 'not_yet_open' | 'closed';

/**
 * Where a cohort's enrolment stands on `today` (yyyy-mm-dd): open (the same rule as
 * `isEnrolmentOpen`), not yet open (scheduled, window ahead) or closed (window past, or the cohort
 * cancelled or closed).
 */
export const enrolmentPhase = (
  cohort: { status: string; enrolmentOpensOn: string; enrolmentClosesOn: string },
  today: string,
): EnrolmentPhase => {
  if (cohort.status !== 'scheduled' || today > cohort.enrolmentClosesOn) return 'closed';
  return today < cohort.enrolmentOpensOn ? 'not_yet_open' : 'open';
};

/** Places still free: capacity minus the places held, never below zero. */
export const seatsLeft = (capacity: number, held: number): number => Math.max(0, capacity - held);
