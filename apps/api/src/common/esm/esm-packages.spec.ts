describe('ESM-only packages under Jest', () => {
  it('loads the Verifiable Credentials stack', async () => {
    const { cryptosuite } = await import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite');
    const { DataIntegrityProof } = await import('@digitalbazaar/data-integrity');
    const Ed25519Multikey = await import('@digitalbazaar/ed25519-multikey');
    const vc = await import('@digitalbazaar/vc');
    expect(cryptosuite.name).toBe('eddsa-rdfc-2022');
    expect(typeof DataIntegrityProof).toBe('function');
    expect(typeof Ed25519Multikey.generate).toBe('function');
    expect(typeof vc.issue).toBe('function');
  });
});
