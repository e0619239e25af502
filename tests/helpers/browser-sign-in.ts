import type { Page } from 'playwright-core';
import { totpCodeAt } from '../../src/domain/auth/totp.js';
import { demoPassword, demoTotpSecret } from '../../src/db/demo/demo-people.js';

/** Signs a demo user in through the sign-in page, with the authenticator code when asked. */
export async function signInThroughBrowser(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(baseUrl);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const code = page.getByLabel('Six-digit code');
  const landed = page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  const asked = code.waitFor().then(() => true);
  if (await Promise.race([asked, landed.then(() => false)])) {
    await code.fill(totpCodeAt(demoTotpSecret(email), new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();
    await landed;
  }
}
