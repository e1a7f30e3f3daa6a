import { maskSecretUrl } from './app.module';

describe('request logging', () => {
  it('hides activation tokens in logged URLs and leaves other URLs alone', () => {
    expect(maskSecretUrl('/activar/AbC-123_xyz')).toBe('/activar/[oculto]');
    expect(maskSecretUrl('/api/auth/activation/AbC-123_xyz?x=1')).toBe('/api/auth/activation/[oculto]?x=1');
    expect(maskSecretUrl('/api/users?search=activar')).toBe('/api/users?search=activar');
    expect(maskSecretUrl(undefined)).toBeUndefined();
  });
});
