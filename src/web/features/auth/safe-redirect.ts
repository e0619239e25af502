/** Only paths inside this app: "/patients/…", never "//evil.example" or "https://…" (no open redirect). */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  if (value === '/sign-in' || value.startsWith('/sign-in?')) return undefined;
  return value;
}
