import { containsPattern, startsWithPattern } from './like';

describe('containsPattern', () => {
  it('lower-cases, trims and escapes LIKE wildcards', () => {
    expect(containsPattern('  Quispe ')).toBe('%quispe%');
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('startsWithPattern', () => {
  it('keeps the case and escapes LIKE wildcards, so `user.change_` does not match `user.changeXpassword`', () => {
    expect(startsWithPattern('enrolment.')).toBe('enrolment.%');
    expect(startsWithPattern('user.change_')).toBe('user.change\\_%');
    expect(startsWithPattern('50%\\')).toBe('50\\%\\\\%');
  });
});
