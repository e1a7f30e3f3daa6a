import { isCallOpen, logbookEntryProblems, proposeAssignment } from './internships';
import type { AssignmentApplicant, AssignmentUnit } from './internships';

const applicant = (id: string, preferences: string[], priority = 0, submittedAt = `2026-03-01T10:00:0${id.length % 10}Z`): AssignmentApplicant => ({
  id,
  preferences,
  priority,
  submittedAt,
});

describe('placement proposal', () => {
  it('gives each applicant, in turn, their highest-ranked unit that still has room', () => {
    const units: AssignmentUnit[] = [{ id: 'catastro', places: 1 }, { id: 'finanzas', places: 1 }, { id: 'riesgos', places: 2 }];
    const result = proposeAssignment(
      [
        applicant('ana', ['catastro', 'finanzas'], 0, '2026-03-01T10:00:00Z'),
        applicant('beto', ['catastro', 'riesgos'], 0, '2026-03-01T11:00:00Z'),
        applicant('carla', ['catastro', 'finanzas'], 0, '2026-03-01T12:00:00Z'),
        applicant('dani', ['finanzas'], 0, '2026-03-01T13:00:00Z'),
      ],
      units,
    );
    expect([...result.placements]).toEqual([
      ['ana', 'catastro'],
      ['beto', 'riesgos'],
      ['carla', 'finanzas'],
    ]);
    expect(result.unplaced).toEqual(['dani']);
  });

  it('lets the coordinator-set priority go before arrival order', () => {
    const result = proposeAssignment(
      [applicant('ana', ['catastro'], 0, '2026-03-01T10:00:00Z'), applicant('beto', ['catastro'], 5, '2026-03-02T10:00:00Z')],
      [{ id: 'catastro', places: 1 }],
    );
    expect(result.order).toEqual(['beto', 'ana']);
    expect(result.placements.get('beto')).toBe('catastro');
    expect(result.unplaced).toEqual(['ana']);
  });

  it('never fills a unit over its places, and places everyone it can (checked on many random cases)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round += 1) {
      const units = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, i) => ({ id: `u${i}`, places: Math.floor(random() * 4) }));
      const applicants = Array.from({ length: Math.floor(random() * 15) }, (_, i) => {
        const preferences = [...units].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 3)).map((u) => u.id);
        return applicant(`a${i}`, preferences, Math.floor(random() * 3), `2026-03-01T10:${String(i).padStart(2, '0')}:00Z`);
      });
      const { placements, unplaced, order } = proposeAssignment(applicants, units);
      for (const unit of units) expect([...placements.values()].filter((id) => id === unit.id).length).toBeLessThanOrEqual(unit.places);
      expect(placements.size + unplaced.length).toBe(applicants.length);
      // At each turn, nobody was left a unit they ranked higher that still had room.
      const room = new Map(units.map((u) => [u.id, u.places]));
      for (const id of order) {
        const prefs = applicants.find((a) => a.id === id)?.preferences ?? [];
        const best = prefs.find((unitId) => (room.get(unitId) ?? 0) > 0);
        expect(placements.get(id)).toBe(best);
        if (best) room.set(best, (room.get(best) ?? 0) - 1);
      }
    }
  });
});

describe('logbook entries', () => {
  const context = { today: '2026-06-10', startsOn: '2026-06-01', endsOn: '2026-06-30', otherHoursThatDay: 0 };

  it('accepts a day of work inside the placement', () => {
    expect(logbookEntryProblems({ entryDate: '2026-06-09', hours: 8 }, context)).toEqual([]);
  });

  it('refuses a date in the future or outside the placement', () => {
    expect(logbookEntryProblems({ entryDate: '2026-06-11', hours: 8 }, context)).toEqual([{ field: 'entryDate', code: 'future' }]);
    expect(logbookEntryProblems({ entryDate: '2026-05-31', hours: 8 }, context)).toEqual([{ field: 'entryDate', code: 'outsidePlacement' }]);
  });

  it('refuses more than 24 hours in one day, counting the other entries of that day', () => {
    expect(logbookEntryProblems({ entryDate: '2026-06-09', hours: 25 }, context)).toEqual([{ field: 'hours', code: 'dayOverLimit' }]);
    expect(logbookEntryProblems({ entryDate: '2026-06-09', hours: 6 }, { ...context, otherHoursThatDay: 20 })).toEqual([{ field: 'hours', code: 'dayOverLimit' }]);
    expect(logbookEntryProblems({ entryDate: '2026-06-09', hours: 0 }, context)).toEqual([{ field: 'hours', code: 'notPositive' }]);
  });
});

describe('call window', () => {
  it('is open only while published and inside its dates', () => {
    const call = { status: 'published' as const, opensOn: '2026-03-01', closesOn: '2026-03-31' };
    expect(isCallOpen(call, '2026-03-15')).toBe(true);
    expect(isCallOpen(call, '2026-04-01')).toBe(false);
    expect(isCallOpen({ ...call, status: 'draft' }, '2026-03-15')).toBe(false);
  });
});
