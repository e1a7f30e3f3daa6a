import { isAgreementInForce, isStrongPassword, maskNationalId } from './people';

describe('people rules', () => {
  it('masks all but the last three digits of a national ID', () => {
    expect(maskNationalId('4789123')).toBe('****123');
    expect(maskNationalId('12')).toBe('***');
  });

  it('requires letters, digits and the minimum length in a password', () => {
    expect(isStrongPassword('Campus-Demo-2026')).toBe(true);
    expect(isStrongPassword('short1')).toBe(false);
    expect(isStrongPassword('onlyletterslong')).toBe(false);
    expect(isStrongPassword('1234567890123')).toBe(false);
  });

  it('treats an agreement as in force between its dates, inclusive, and open-ended without an end', () => {
    const agreement = { validFrom: '2025-01-01', validUntil: '2026-12-31' };
    expect(isAgreementInForce(agreement, '2025-01-01')).toBe(true);
    expect(isAgreementInForce(agreement, '2026-12-31')).toBe(true);
    expect(isAgreementInForce(agreement, '2027-01-01')).toBe(false);
    expect(isAgreementInForce(agreement, '2024-12-31')).toBe(false);
    expect(isAgreementInForce({ validFrom: '2020-01-01', validUntil: null }, '2030-01-01')).toBe(true);
  });
});
