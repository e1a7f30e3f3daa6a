/**
 * Ed25519 secret keys written as a Multikey `secretKeyMultibase`: `z` (base58-btc) + the
 * multicodec header ed25519-priv (0x80 0x26) + the 32-byte seed (or, in older exports, seed and
 * public key: 64 bytes). Decoded here, without the ESM-only key library, so the environment
 * check can refuse a bad ISSUER_SECRET_KEY_MULTIBASE before the app starts.
 */

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const ED25519_PRIV_HEADER = [0x80, 0x26] as const;

/** Base58 (Bitcoin alphabet) → bytes; null when a symbol is outside the alphabet. */
export const base58Decode = (text: string): Uint8Array | null => {
  let value = 0n;
  for (const symbol of text) {
    const digit = BASE58_ALPHABET.indexOf(symbol);
    if (digit < 0) return null;
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  // Each leading '1' is a leading zero byte.
  for (const symbol of text) {
    if (symbol !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
};

/** The 32-byte Ed25519 seed in a `secretKeyMultibase`, or null when it is not one. */
export const ed25519SeedFromMultibase = (multibase: string): Uint8Array | null => {
  if (!multibase.startsWith('z')) return null;
  const bytes = base58Decode(multibase.slice(1));
  if (!bytes || bytes[0] !== ED25519_PRIV_HEADER[0] || bytes[1] !== ED25519_PRIV_HEADER[1]) return null;
  const key = bytes.subarray(ED25519_PRIV_HEADER.length);
  return key.length === 32 || key.length === 64 ? key.slice(0, 32) : null;
};
