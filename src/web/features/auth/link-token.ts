/**
 * The token of a link from an e-mail ("/reset-password#token=…"). It travels in the fragment, which browsers
 * never send to a server, so it stays out of access logs and Referer headers; the page sends it only in the
 * body of the request that uses it.
 */
export function readLinkToken(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token ? token : undefined;
}
