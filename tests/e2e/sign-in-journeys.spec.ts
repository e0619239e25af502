import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.js';
import { signInThroughBrowser } from '../helpers/browser-sign-in.js';
import { freshDataDir, startServerProcess, type ServerProcess } from '../helpers/cli-process.js';
import { signInAsDemoUser } from '../helpers/demo-session.js';

// The clinical journeys of issue 3, by role, in Chromium against the real server and the demo clinic.
describe('signing in, by role', () => {
  let server: ServerProcess;
  let browser: Browser;
  let otherPatientId: string;

  beforeAll(async () => {
    server = await startServerProcess(['--with-demo'], { KETACLINIC_DATA_DIR: freshDataDir() });
    browser = await launchBrowser();
    // Another patient's real id, looked up by the medical director (not the nurse: her code must stay unused).
    const cookie = await signInAsDemoUser(server.url, 'director@ketaclinic-demo.example');
    const found = (await (await fetch(`${server.url}/api/patients?q=DEMO-0002`, { headers: { cookie } })).json()) as { patients: { id: string }[] };
    otherPatientId = found.patients[0]!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a nurse signs in with her authenticator code and opens a patient', async () => {
    const page = await browser.context.newPage();
    await signInThroughBrowser(page, server.url, 'nurse@ketaclinic-demo.example');
    await page.waitForURL(/\/patients$/);
    await page.getByLabel('Search patients').fill('Demopatient');
    const table = page.getByRole('table', { name: 'Patients' });
    await table.getByRole('link', { name: /Demopatient, Avery/ }).click();
    await page.getByRole('heading', { name: /Avery Demopatient/ }).waitFor();
    await page.getByText('Major depressive disorder, recurrent, severe without psychotic features').waitFor();
    expect(await page.getByText('Penicillin').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a patient sees only their own record', async () => {
    await browser.context.clearCookies(); // the nurse's session lives in the same browser profile
    const page = await browser.context.newPage();
    await signInThroughBrowser(page, server.url, 'patient@ketaclinic-demo.example');
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /Avery Demopatient/ }).waitFor();
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await navigation.getByRole('link', { name: 'Patients' }).count()).toBe(0);

    const search = await page.evaluate(async () => (await fetch('/api/patients?q=demo')).status);
    expect(search).toBe(403);
    const direct = await page.evaluate(async (id) => (await fetch(`/api/patients/${id}`)).status, otherPatientId);
    expect(direct).toBe(404);
    await page.goto(`${server.url}/patients/${otherPatientId}`);
    await page.getByText(/not found|no such patient/i).first().waitFor();
    expect(await page.getByText('Samplecase').count()).toBe(0);
    await page.close();
  });

  it("an admin reviews the audit trail, where the nurse's reading of the record is listed", async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await signInThroughBrowser(page, server.url, 'admin@ketaclinic-demo.example');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit' }).click();
    const trail = page.getByRole('table', { name: 'Audit trail' });
    await trail.waitFor();
    await page.getByLabel('Action').fill('patient.read');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(async () => (await trail.getByRole('row').allTextContents()).join('\n')).toContain('patient.read');
    const rows = await trail.getByRole('row').allTextContents();
    expect(rows.some((row) => row.includes('Nurse') && row.includes('patient.read'))).toBe(true);
    expect(rows.some((row) => row.includes('Patient') && row.includes('patient.read'))).toBe(true);
    await page.close();
  });
});
