import {
  enrolmentPhase,
  HEADLINE_START as S,
  HEADLINE_STOP as E,
  headlineSegments,
  matchesSdgFilter,
  parseHeadline,
  parseSdgFilter,
  prefixTsQuery,
  searchTerms,
  seatsLeft,
} from './catalogue-search';

describe('catalogue search text', () => {
  it('takes words without accents or case, splitting on anything that is not a letter or digit', () => {
    expect(searchTerms('  Gestión de RIESGOS  ')).toEqual(['gestion', 'de', 'riesgos']);
    expect(searchTerms('GDL-101: año 2026')).toEqual(['gdl', '101', 'ano', '2026']);
    expect(searchTerms('Gestio\u0301n')).toEqual(['gestion']); // decomposed accents too
    expect(searchTerms('')).toEqual([]);
  });

  it('completes the last word and requires every word', () => {
    expect(prefixTsQuery('gestion de ries')).toBe('gestion & de & ries:*');
    expect(prefixTsQuery('Gestión')).toBe('gestion:*');
  });

  it('never lets tsquery operators or quotes through', () => {
    expect(prefixTsQuery("riesgo' | !x & (yy):* \\")).toBe('riesgo & x & yy:*');
    expect(prefixTsQuery("'); DROP TABLE courses; select ('")).toBe('drop & table & courses & select:*');
    for (const text of ["a'b", 'a:*b', 'x)(', 'ñandú<->z', '1 & 2']) {
      expect(prefixTsQuery(text) ?? '').toMatch(/^[\p{L}\p{N}]+(?: & [\p{L}\p{N}]+)*(?::\*)?$|^$/u);
    }
  });

  it('leaves web-search syntax and one-letter endings to the plain query', () => {
    expect(prefixTsQuery('"gestión de riesgos"')).toBeNull();
    expect(prefixTsQuery('finanzas -tributaria')).toBeNull();
    expect(prefixTsQuery('riesgos or conflictos')).toBeNull();
    expect(prefixTsQuery('gestion de r')).toBeNull();
    expect(prefixTsQuery('¿?')).toBeNull();
    // A hyphen inside a word is not an exclusion.
    expect(prefixTsQuery('GDL-101')).toBe('gdl & 101:*');
  });

  it('bounds the number and length of words', () => {
    expect(searchTerms(Array.from({ length: 30 }, (_, i) => `p${i}`).join(' '))).toHaveLength(12);
    expect(searchTerms('a'.repeat(100))[0]).toHaveLength(40);
  });
});

describe('ODS filter', () => {
  it('reads a target or a goal and refuses anything else', () => {
    expect(parseSdgFilter('11.3')).toEqual({ kind: 'target', target: '11.3' });
    expect(parseSdgFilter('16.a')).toEqual({ kind: 'target', target: '16.a' });
    expect(parseSdgFilter('11')).toEqual({ kind: 'goal', goal: 11 });
    for (const bad of ['0', '18', '11.', '11.0', 'x', '11.3;', '']) expect(parseSdgFilter(bad)).toBeNull();
  });

  it('matches a goal by its targets, not by the digits they start with', () => {
    expect(matchesSdgFilter(['11.3', '5.5'], { kind: 'goal', goal: 11 })).toBe(true);
    expect(matchesSdgFilter(['11.3'], { kind: 'goal', goal: 1 })).toBe(false);
    expect(matchesSdgFilter(['1.4'], { kind: 'goal', goal: 1 })).toBe(true);
    expect(matchesSdgFilter(['11.3'], { kind: 'target', target: '11.3' })).toBe(true);
    expect(matchesSdgFilter(['11.3'], { kind: 'target', target: '11.5' })).toBe(false);
  });
});

describe('snippets', () => {
  it('turns marks into ranges over plain text without markdown', () => {
    const headline = parseHeadline(`## Objetivo\nFortalecer la **${S}gestión${E}** de ${S}riesgos${E} en [municipios](https://x.bo)`);
    expect(headline).toEqual({
      text: 'Objetivo Fortalecer la gestión de riesgos en municipios',
      highlights: [
        { start: 23, length: 7 },
        { start: 34, length: 7 },
      ],
    });
    expect(headlineSegments(headline!)).toEqual([
      { text: 'Objetivo Fortalecer la ', highlighted: false },
      { text: 'gestión', highlighted: true },
      { text: ' de ', highlighted: false },
      { text: 'riesgos', highlighted: true },
      { text: ' en municipios', highlighted: false },
    ]);
  });

  it('keeps markup in the text as text and has nothing to show without a highlight', () => {
    expect(parseHeadline(`<script>alert(1)</script> ${S}riesgo${E}`)).toEqual({
      text: '<script>alert(1)</script> riesgo',
      highlights: [{ start: 26, length: 6 }],
    });
    expect(parseHeadline('sin coincidencias')).toBeNull();
    expect(parseHeadline(`${S}${E}vacío`)).toBeNull();
  });
});

describe('enrolment phase and seats', () => {
  const cohort = { status: 'scheduled', enrolmentOpensOn: '2026-03-01', enrolmentClosesOn: '2026-03-15' };

  it('is open inside the window, both ends included, and only while scheduled', () => {
    expect(enrolmentPhase(cohort, '2026-02-28')).toBe('not_yet_open');
    expect(enrolmentPhase(cohort, '2026-03-01')).toBe('open');
    expect(enrolmentPhase(cohort, '2026-03-15')).toBe('open');
    expect(enrolmentPhase(cohort, '2026-03-16')).toBe('closed');
    expect(enrolmentPhase({ ...cohort, status: 'cancelled' }, '2026-03-05')).toBe('closed');
    expect(enrolmentPhase({ ...cohort, status: 'closed' }, '2026-02-01')).toBe('closed');
  });

  it('never counts fewer than zero seats', () => {
    expect(seatsLeft(30, 12)).toBe(18);
    expect(seatsLeft(30, 31)).toBe(0);
  });
});
