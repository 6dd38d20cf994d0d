import { createHash } from 'node:crypto';

/**
 * SHA-256 as lowercase hex: file identities in the archive, input fingerprints, content keys.
 *
 * @example sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
