import { totpCodeAt } from '../../src/domain/auth/totp.js';
import { demoPassword, demoTotpSecret } from '../../src/db/demo/demo-people.js';

/** Signs in as a demo user through the API (password, then the authenticator code) and answers the cookie. */
export async function signInAsDemoUser(baseUrl: string, email: string): Promise<string> {
  const post = (path: string, body: object, cookie?: string) =>
    fetch(baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  const first = await post('/api/auth/sign-in', { email, password: demoPassword });
  if (!first.ok) throw new Error(`sign-in failed: ${first.status} ${await first.text()}`);
  const pending = first.headers.get('set-cookie')!.split(';')[0]!;
  const { stage } = (await first.json()) as { stage: string };
  if (stage !== 'mfa') return pending;
  const second = await post('/api/auth/second-factor', { code: totpCodeAt(demoTotpSecret(email), new Date()) }, pending);
  if (!second.ok) throw new Error(`second factor failed: ${second.status} ${await second.text()}`);
  return second.headers.get('set-cookie')!.split(';')[0]!;
}
