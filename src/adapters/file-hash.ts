import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';

/**
 * A file's SHA-256 in lower-case hex, as the returns reader records it (RawReturn.sha256), so a
 * file chosen twice is known before it is read. @noble/hashes rather than Web Crypto: synchronous,
 * and the same in Node, in workers and in a page served over http (crypto.subtle needs a secure
 * context).
 */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
