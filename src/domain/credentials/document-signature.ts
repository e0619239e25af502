/** What a credential document may be, and how large (a scanned licence or certificate fits easily). */
export const credentialDocumentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type CredentialDocumentType = (typeof credentialDocumentTypes)[number];
export const maxCredentialDocumentBytes = 5 * 1024 * 1024;

// The leading bytes of each format: PDF 1.7 (ISO 32000-1 §7.5.2) "%PDF-", PNG (RFC 2083 §3.1) its 8-byte
// signature, JPEG (ITU T.81 / JFIF) the SOI marker FF D8 followed by the next marker's FF.
const signatures: Record<CredentialDocumentType, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** Whether the content starts as its declared type must: a renamed or mislabelled file is refused. */
export function matchesDocumentType(mediaType: CredentialDocumentType, bytes: Uint8Array): boolean {
  const signature = signatures[mediaType];
  return bytes.length > signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** The type the content actually is, by its first bytes, if it is one we accept. */
export const sniffDocumentType = (bytes: Uint8Array): CredentialDocumentType | null => credentialDocumentTypes.find((type) => matchesDocumentType(type, bytes)) ?? null;

/** A file name safe to keep and to offer back: no path, no control characters. */
export const isPlainFileName = (name: string) => name.length > 0 && ![...name].some((character) => character === '/' || character === '\\' || character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);
