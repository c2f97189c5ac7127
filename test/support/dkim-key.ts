import { generateKeyPairSync } from 'node:crypto';

/** A real public key as DKIM's p= carries it: base64 of the DER SubjectPublicKeyInfo (RSA) or the raw 32 bytes (Ed25519, RFC 8463). */
export function dkimPublicKey(type: 'rsa' | 'ed25519' = 'rsa', modulusLength = 2048): string {
  if (type === 'ed25519') {
    const der = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
    // The SubjectPublicKeyInfo of an Ed25519 key ends with the 32 key bytes.
    return der.subarray(der.length - 32).toString('base64');
  }
  return generateKeyPairSync('rsa', { modulusLength }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}
