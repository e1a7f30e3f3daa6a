import { base58Decode, ed25519SeedFromMultibase } from './ed25519-multibase';

describe('Ed25519 secret keys as multibase', () => {
  it('decodes base58 with leading zero bytes', () => {
    expect(Array.from(base58Decode('1112') ?? [])).toEqual([0, 0, 0, 1]);
    expect(Array.from(base58Decode('5R') ?? [])).toEqual([1, 0]);
    expect(base58Decode('0OIl')).toBeNull();
  });

  it('reads the seed of a key exported by @digitalbazaar/ed25519-multikey', async () => {
    const Ed25519Multikey = await import('@digitalbazaar/ed25519-multikey');
    const seed = Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + 3) % 256);
    const key = await Ed25519Multikey.generate({ seed });
    const { secretKeyMultibase } = await key.export({ secretKey: true });
    expect(Array.from(ed25519SeedFromMultibase(secretKeyMultibase) ?? [])).toEqual(Array.from(seed));
  });

  it('refuses what is not an Ed25519 secret key', () => {
    expect(ed25519SeedFromMultibase('')).toBeNull();
    expect(ed25519SeedFromMultibase('not-a-key')).toBeNull();
    // A public key (header 0xed 0x01) is not a secret key.
    expect(ed25519SeedFromMultibase('z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK')).toBeNull();
    // Right header, wrong length.
    expect(ed25519SeedFromMultibase('z3u2en7t5LR2WtQH5PfsqGY')).toBeNull();
  });
});
