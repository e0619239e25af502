import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults, m=19456 KiB, t=2, p=1: the OWASP Password Storage Cheat Sheet's
// first recommended configuration (STACK.md measured 17–48 ms a hash here).
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}
