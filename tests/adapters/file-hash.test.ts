import { sha256Hex } from '../../src/adapters/file-hash';

describe('sha256Hex', () => {
  it('should give the FIPS 180-2 test vector for "abc"', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
