import { describe, expect, it } from 'vitest';
import { isPlainFileName, matchesDocumentType, sniffDocumentType } from './document-signature.js';

const pdf = new TextEncoder().encode('%PDF-1.7\n%synthetic');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('credential document signatures', () => {
  it('recognises each accepted type by its first bytes', () => {
    expect([pdf, png, jpeg].map(sniffDocumentType)).toEqual(['application/pdf', 'image/png', 'image/jpeg']);
    expect(sniffDocumentType(new TextEncoder().encode('<html>'))).toBeNull();
  });

  it('refuses content that is not what it is declared to be, and a bare signature', () => {
    expect(matchesDocumentType('application/pdf', png)).toBe(false);
    expect(matchesDocumentType('image/jpeg', pdf)).toBe(false);
    expect(matchesDocumentType('application/pdf', new TextEncoder().encode('%PDF-'))).toBe(false);
  });

  it('keeps file names without paths or control characters', () => {
    expect(['licence.pdf', 'ACLS card (2026).jpg'].every(isPlainFileName)).toBe(true);
    expect(['../etc/passwd', 'a\\b.pdf', 'line\nbreak.pdf', ''].some(isPlainFileName)).toBe(false);
  });
});
