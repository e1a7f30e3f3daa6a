import { containsPattern } from './like';

describe('containsPattern', () => {
  it('lower-cases, trims and escapes LIKE wildcards', () => {
    expect(containsPattern('  Quispe ')).toBe('%quispe%');
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
