import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.js';
import { signInThroughBrowser } from '../helpers/browser-sign-in.js';
import { freshDataDir, startServerProcess, type ServerProcess } from '../helpers/cli-process.js';

// The real server (`ketaclinic serve --with-demo`, as `npm start` runs it) on a fresh embedded database.
describe('the application shell in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServerProcess(['--with-demo'], { KETACLINIC_DATA_DIR: freshDataDir() });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await signInThroughBrowser(page, server.url, 'nurse@ketaclinic-demo.example');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the demo clinic's name and its locations", async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Demo Ketamine Clinic');
    const table = page.getByRole('table', { name: 'Clinic locations' });
    await table.waitFor();
    const rows = await table.getByRole('row').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('Demo Hilltop Clinic');
    expect(rows[1]).toContain('(America/Denver)');
    expect(rows[2]).toContain('Demo Riverside Treatment Center');
    expect(rows[2]).toContain('100 Example Avenue, Suite 0 (demo), Sampleton, ZZ 00000');
  });

  it('navigates only to screens that work', async () => {
    await page.goto(server.url);
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('link', { name: 'System status' }).waitFor();
    expect(await navigation.getByRole('link').allTextContents()).toEqual(['Patients', 'Treatment floor', 'REMS forms', 'Controlled substances', 'Safety tasks', 'Instruments', 'My credentials', 'Clinic', 'System status']);
    await navigation.getByRole('link', { name: 'System status' }).click();
    await page.waitForURL(`${server.url}/status`);
    const status = page.getByRole('table', { name: 'System status' });
    await status.waitFor();
    expect(await status.textContent()).toContain('Embedded (PGlite)');
  });

  it('serves deep links and shows a 404 page for unknown addresses', async () => {
    await page.goto(`${server.url}/status`);
    await page.getByRole('table', { name: 'System status' }).waitFor();
    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the clinic overview' }).click();
    await page.getByRole('table', { name: 'Clinic locations' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('serves the API documentation', async () => {
    await page.goto(`${server.url}/api/docs`);
    await page.getByText('/api/health').first().waitFor();
    expect(await page.getByRole('heading', { name: /Ketaclinic API/ }).count()).toBe(1);
  });
});
