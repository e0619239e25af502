import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.js';
import { signInThroughBrowser } from '../helpers/browser-sign-in.js';
import { freshDataDir, startServerProcess, type ServerProcess } from '../helpers/cli-process.js';
import { signInAsDemoUser } from '../helpers/demo-session.js';

// Issue 4's journey: a patient answers a PHQ-9 from a link on a phone; the clinician sees the score, the band and the trajectory.
describe('a PHQ-9 by link on a phone', () => {
  let server: ServerProcess;
  let browser: Browser;
  let patientId: string;
  let token: string;

  beforeAll(async () => {
    server = await startServerProcess(['--with-demo'], { KETACLINIC_DATA_DIR: freshDataDir() });
    browser = await launchBrowser();
    const cookie = await signInAsDemoUser(server.url, 'director@ketaclinic-demo.example');
    const headers = { cookie, 'content-type': 'application/json' };
    const found = (await (await fetch(`${server.url}/api/patients?q=DEMO-0005`, { headers })).json()) as { patients: { id: string }[] };
    patientId = found.patients[0]!.id;
    // A baseline three weeks earlier, so the trajectory has two points: 20 (severe) and then the patient's answers.
    const baseline = { instrumentId: 'phq9', purpose: 'baseline', completedAt: new Date(Date.now() - 21 * 86_400_000).toISOString(), answers: { '1': 3, '2': 3, '3': 2, '4': 2, '5': 2, '6': 2, '7': 2, '8': 2, '9': 2 } };
    const recorded = await fetch(`${server.url}/api/patients/${patientId}/assessments`, { method: 'POST', headers, body: JSON.stringify(baseline) });
    expect(recorded.status).toBe(201);
    const link = (await (await fetch(`${server.url}/api/patients/${patientId}/self-report-links`, { method: 'POST', headers, body: JSON.stringify({ instrumentIds: ['phq9'], send: 'none' }) })).json()) as { url: string };
    token = link.url.split('#token=')[1]!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the patient answers one question per screen and sees the result and crisis resources', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/r#token=${token}`);
    await page.getByText('Question 1 of 10').waitFor();
    // Items 1–8 "Several days" (1 each), item 9 "Several days": total 9, mild, with item 9 positive.
    for (let question = 1; question <= 9; question += 1) {
      await page.getByText(`Question ${question} of 10`).waitFor();
      await page.getByRole('radio', { name: 'Several days' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByText('Question 10 of 10').waitFor();
    await page.getByRole('button', { name: 'Send answers' }).click();
    await page.getByText('Your total is 9 out of 27, in the mild range.').waitFor();
    const crisis = page.getByRole('alert');
    expect(await crisis.textContent()).toContain('988');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('the nurse sees the score, the band, the trajectory, and the safety task', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInThroughBrowser(page, server.url, 'nurse@ketaclinic-demo.example');
    await page.goto(`${server.url}/patients/${patientId}?tab=outcomes`);
    const results = page.getByRole('table', { name: 'PHQ-9 results' });
    await results.waitFor();
    const rows = await results.getByRole('row').allTextContents();
    expect(rows.some((row) => row.includes('9') && row.includes('mild'))).toBe(true);
    expect(await page.getByRole('img', { name: 'PHQ-9 totals over time' }).count()).toBe(1);
    const summary = await page.getByTestId('outcome-summary').first().textContent();
    expect(summary).toMatch(/20.*9/);
    expect(summary).toMatch(/response/i);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /Safety tasks/ }).click();
    const tasks = page.getByRole('table', { name: 'Safety tasks' });
    await tasks.waitFor();
    expect(await tasks.textContent()).toContain('PHQ-9 item 9');
    await page.close();
  });
});
