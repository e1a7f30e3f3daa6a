import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3, p=4), as OWASP recommends. */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

/** Stored for accounts that cannot sign in with a password yet (e.g. imported officials). */
export const UNUSABLE_PASSWORD = '!unset';

export const verifyPassword = async (hash: string, password: string): Promise<boolean> => {
  if (!hash.startsWith('$argon2')) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
};
