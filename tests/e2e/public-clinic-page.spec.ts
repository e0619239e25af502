import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.js';
import { freshDataDir, startServerProcess, type ServerProcess } from '../helpers/cli-process.js';
import { signInAsDemoUser } from '../helpers/demo-session.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const day = 86_400_000;

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}

// The real server with the demo clinic on a fresh embedded database; the clinic's administrator publishes its page
// through the settings API, then someone who has never signed in opens it in Chromium.
describe("a prospective patient checks the demo clinic's public page", () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  /** The administrator's session cookie (signed in once: an authenticator code is good for one use). */
  let admin: string;

  beforeAll(async () => {
    server = await startServerProcess(['--with-demo'], { KETACLINIC_DATA_DIR: freshDataDir() });
    admin = await signInAsDemoUser(server.url, 'admin@ketaclinic-demo.example');
    const published = await fetch(`${server.url}/api/public-page/settings`, {
      method: 'PUT',
      headers: { cookie: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true, introduction: 'A demonstration clinic: every person and figure here is synthetic.', treatmentsOffered: ['iv-racemic', 'intranasal-esketamine'], measurementMonths: 12, contact: { phone: '+1 555 0100' } }),
    });
    expect(published.status, await published.clone().text()).toBe(200);
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("finds the medical director's licence, its status and when it was last verified, without signing in", async () => {
    expect(await browser.context.cookies()).toEqual([]);
    const response = await page.goto(`${server.url}/clinics/demo`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Demo Ketamine Clinic');
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Clinicians' }).click();
    await page.getByRole('heading', { level: 3, name: 'Dr Demo Director' }).waitFor();
    const credentials = page.getByRole('table', { name: 'Licences and certifications of Dr Demo Director' });
    const licence = credentials.getByRole('row', { name: /MD licence, ZZ/ });
    const cells = await licence.getByRole('cell').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['ZZ-MD-000101', 'Active']);
    // The demo checked every credential at its source 30 days before it was loaded (load-demo-credentials.ts).
    const verifiedOn = await licence.locator('time').last().getAttribute('datetime');
    const daysAgo = (Date.now() - new Date(`${verifiedOn}T12:00:00Z`).getTime()) / day;
    expect(daysAgo).toBeGreaterThan(28);
    expect(daysAgo).toBeLessThan(32);
    expect(await credentials.getByRole('row', { name: /ACLS life-support certification/ }).getByRole('cell').nth(1).textContent()).toBe('Current');
    expect(await page.getByRole('table', { name: /^Outcomes from / }).isVisible()).toBe(true);
    expect(await page.locator('script').count()).toBe(0);
  });

  it('offers the same content as JSON', async () => {
    const document = (await (await fetch(`${server.url}/api/public/clinics/demo`)).json()) as { schemaVersion: number; clinicians: { displayName: string; licences: { number: string; status: string }[] }[] };
    expect(document.schemaVersion).toBe(1);
    expect(document.clinicians.find((clinician) => clinician.displayName === 'Dr Demo Director')?.licences).toContainEqual(expect.objectContaining({ number: 'ZZ-MD-000101', status: 'active' }));
  });

  it('passes an automated accessibility check (axe-core, WCAG 2.1 A and AA)', async () => {
    // The app's Content-Security-Policy forbids inline script, which is how a script tag is injected: let the test's own through.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Page.setBypassCSP', { enabled: true });
    await page.goto(`${server.url}/clinics/demo`);
    await page.addScriptTag({ path: axePath });
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    );
    expect(results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });

  it('is gone for everyone once switched off', async () => {
    const settings = await (await fetch(`${server.url}/api/public-page/settings`, { headers: { cookie: admin } })).json();
    const off = await fetch(`${server.url}/api/public-page/settings`, { method: 'PUT', headers: { cookie: admin, 'content-type': 'application/json' }, body: JSON.stringify({ ...settings, enabled: false }) });
    expect(off.status).toBe(200);
    // A new address: the page may be cached for five minutes, and a browser may show its cached copy until then.
    const response = await page.goto(`${server.url}/clinics/demo?after=switch-off`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
  });
});
