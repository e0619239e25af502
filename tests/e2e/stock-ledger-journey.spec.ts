import { readFileSync } from 'node:fs';
import type { APIResponse, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/domain/auth/totp.js';
import { dispensingColumns } from '../../src/domain/ledger/reports/dispensing-record.js';
import { demoPassword, demoTotpSecret } from '../../src/db/demo/demo-people.js';
import { launchBrowser, type Browser } from '../helpers/browser.js';
import { signInThroughBrowser } from '../helpers/browser-sign-in.js';
import { freshDataDir, startServerProcess, type ServerProcess } from '../helpers/cli-process.js';
import { signInAsDemoUser } from '../helpers/demo-session.js';

// Issue #7: a nurse receives ketamine, draws a dose from it on the session screen, the session stops part-way,
// she accounts for the dose (given, and the rest wasted before a colleague who signs in on her tablet), counts
// the stock, and downloads the dispensing record. The demo clinic's DEMO-0008 is checked in on chair 3.
const wait = 20_000;
const witnessEmail = 'director@ketaclinic-demo.example';
const stockApi = '/api/controlled-substances';
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

interface Container {
  id: string;
  label: string;
  state: string;
  balanceMl: number;
}

/** Clicks and waits for the API call the click makes; fails with the server's answer when it is not 2xx. */
async function clickFor(page: Page, method: string, path: RegExp, target: Locator) {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname), { timeout: wait }), target.click({ timeout: wait })]);
  expect(response.ok(), `${method} ${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
  return response;
}

describe('a nurse keeps the controlled-substance record through a session', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServerProcess(['--with-demo'], { KETACLINIC_DATA_DIR: freshDataDir() });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('receives, draws, accounts with a witness, counts, and downloads the dispensing record', { timeout: 90_000 }, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1366 });
    await signInThroughBrowser(page, server.url, 'nurse@ketaclinic-demo.example');
    // The nurse's own session (the browser's cookie) for the set-up calls, so her authenticator code is used once.
    const api = async <T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: object): Promise<T> => {
      const response: APIResponse = await page.request.fetch(`${server.url}${path}`, { method, ...(data ? { data } : {}) });
      expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    };

    // DEMO-0008 is checked in; the readiness checklist and baseline vitals make the session ready to dose.
    const { patients } = await api<{ patients: { id: string; sexAtBirth: string }[] }>('GET', '/api/patients?q=DEMO-0008');
    const patient = patients[0]!;
    const { sessions } = await api<{ sessions: { id: string; state: string; chair: string }[] }>('GET', `/api/patients/${patient.id}/sessions`);
    const sessionId = sessions.find((session) => session.chair === 'Chair 3' && session.state === 'checked-in')!.id;
    const pregnancy = patient.sexAtBirth === 'female' ? { pregnancy: 'not-pregnant-confirmed' } : {};
    await api('PUT', `/api/sessions/${sessionId}/readiness`, { checklist: { escort: { name: 'Demo Escort', phone: '+1 555 0190', kind: 'escort' }, preSessionMeasuresDone: true, ...pregnancy } });
    await api('POST', `/api/sessions/${sessionId}/vitals`, { readings: [{ systolicMmHg: 122, diastolicMmHg: 78, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 }], source: 'manual' });
    const ready = await api<{ locationId: string }>('POST', `/api/sessions/${sessionId}/transitions`, { action: 'confirm-readiness' });
    const locationId = ready.locationId;

    // 1. Receive two vials of a new lot that expires before the demo lot.
    await page.goto(`${server.url}/stock/receive?locationId=${locationId}`);
    const receipt = page.getByRole('form', { name: 'Receive stock' });
    await receipt.getByLabel('Product').selectOption({ label: 'ketamine hydrochloride (Ketalar) (42023-113-10)' }, { timeout: wait });
    await receipt.getByLabel('Lot number').fill('E2E-KET-0001');
    await receipt.getByLabel('Expiry date').fill('2027-12-31');
    await receipt.getByLabel('Number of containers').fill('2');
    await receipt.getByLabel('Supplier’s name').fill('Demo Pharmaceutical Wholesaler (synthetic)');
    await receipt.getByLabel('Supplier’s address').fill('1 Sample Way, Sampleton ZZ 00000');
    await receipt.getByLabel('Supplier’s DEA number').fill('AB1234563');
    await receipt.getByLabel('Invoice or packing slip number').fill('E2E-INV-1');
    const received = await clickFor(page, 'POST', /\/receipts$/, receipt.getByRole('button', { name: 'Receive' }));
    const { containerIds } = (await received.json()) as { containerIds: string[] };
    expect(containerIds).toHaveLength(2);
    await page.getByText('2 containers of ketamine hydrochloride (Ketalar), lot E2E-KET-0001, are now in stock.').waitFor({ timeout: wait });

    // 2. The dose, drawn from the new lot on the session screen: the lot comes from the container, not typing.
    await page.goto(`${server.url}/sessions/${sessionId}`);
    const step = page.getByRole('region', { name: 'Current step' });
    await step.getByRole('heading', { name: 'Dose', exact: true }).waitFor({ timeout: wait });
    const drawnFrom = step.getByLabel('Drawn from');
    await expect.poll(() => drawnFrom.inputValue(), { timeout: wait }).not.toBe('');
    await drawnFrom.selectOption(containerIds[0]!);
    expect(await step.getByRole('textbox', { name: 'Lot number' }).inputValue()).toBe('E2E-KET-0001');
    expect(await step.getByRole('textbox', { name: 'Lot number' }).getAttribute('readonly')).not.toBeNull();
    await step.getByRole('textbox', { name: /weight \(kg\)/ }).fill('68');
    await step.getByRole('textbox', { name: 'Volume drawn (mL)' }).fill('4');
    const dosed = await clickFor(page, 'PUT', /\/dose$/, step.getByRole('button', { name: 'Calculate and record the dose' }));
    expect(((await dosed.json()) as { dose: { drawn: { containerId: string; mg: number } } }).dose.drawn).toMatchObject({ containerId: containerIds[0], mg: 40 });
    await clickFor(page, 'POST', /\/transitions$/, step.getByRole('button', { name: 'Start dosing' }));
    await step.getByRole('heading', { name: 'Dosing', exact: true }).waitFor({ timeout: wait });

    // 3. The patient asks to stop after 30 mg; the nurse accounts for the 40 mg drawn: 30 given, 10 wasted before a witness.
    await page.getByRole('button', { name: 'Stop session' }).click();
    const stop = page.getByRole('dialog', { name: 'Stop this session?' });
    await stop.getByLabel(/Why is the session stopping/).fill('Patient asked to stop after 30 mg; comfortable, vitals at baseline.');
    await clickFor(page, 'POST', /\/transitions$/, stop.getByRole('button', { name: 'Stop the session' }));
    const account = step.getByRole('form', { name: 'Account for the drawn product' });
    await account.waitFor({ timeout: wait });
    await account.getByLabel('Administered (mL)').fill('3');
    expect(await account.getByLabel('Administered (mg)').inputValue()).toBe('30');
    await account.getByText('The rest, 10 mg (1 mL), is wasted now, with a witness.').waitFor();
    await account.getByLabel('How the rest was wasted').fill('Expelled into the pharmaceutical waste container');
    const witness = account.getByRole('group', { name: 'Witness to the waste' });
    await witness.getByLabel('E-mail address').fill(witnessEmail);
    await witness.getByLabel('Password', { exact: true }).fill(demoPassword);
    await witness.getByLabel('Six-digit code').fill(totpCodeAt(demoTotpSecret(witnessEmail), new Date()));
    const accounted = await clickFor(page, 'POST', /\/sessions\/[^/]+\/account$/, account.getByRole('button', { name: 'Record given and wasted' }));
    // One line given from the vial drawn from, and the rest wasted from the same vial.
    expect(accounted.request().postDataJSON()).toMatchObject({
      administrations: [{ containerId: containerIds[0], quantityMg: 30, quantityMl: 3 }],
      waste: { containerId: containerIds[0], quantityMg: 10, quantityMl: 1, method: 'Expelled into the pharmaceutical waste container' },
      witness: { email: witnessEmail },
    });
    await step.getByText('Accounted for', { exact: true }).waitFor({ timeout: wait });
    expect(await step.getByRole('table', { name: 'Drawn product' }).getByRole('row').allTextContents()).toEqual(['Drawn40 mg, lot E2E-KET-0001', 'Administered30 mg', 'Wasted10 mg', 'Unaccounted0 mg']);
    // Reconciled: the prescriber may now sign the note.
    const prescriber = await signInAsDemoUser(server.url, 'prescriber@ketaclinic-demo.example');
    const signed = await fetch(`${server.url}/api/sessions/${sessionId}/sign`, { method: 'POST', headers: { cookie: prescriber, 'content-type': 'application/json' }, body: JSON.stringify({ note: 'Stopped at the patient’s request after 30 mg; 10 mg wasted before a witness.' }) });
    expect(signed.status, await signed.clone().text()).toBe(200);

    // 4. The count: every sealed vial or device seen, every open one measured (here, at what the ledger holds).
    const { containers } = await api<{ containers: Container[] }>('GET', `${stockApi}/stock?locationId=${locationId}`);
    const onHand = containers.filter((container) => container.state === 'sealed' || container.state === 'in-use');
    expect(onHand.find((container) => container.id === containerIds[0])).toMatchObject({ state: 'in-use', balanceMl: 16 });
    await page.goto(`${server.url}/stock/count?locationId=${locationId}`);
    const sheet = page.getByRole('table', { name: 'Count sheet' });
    await sheet.waitFor({ timeout: wait });
    for (const container of onHand) {
      if (container.state === 'sealed') await page.getByLabel(`${container.label} present, seal intact`).check();
      else await page.getByLabel(`${container.label} measured (mL)`).fill(String(container.balanceMl));
    }
    await clickFor(page, 'POST', /\/counts$/, page.getByRole('button', { name: 'Record the count' }));
    await page.getByText('The count matches the ledger').waitFor({ timeout: wait });

    // 5. The dispensing record for the days around today, downloaded as the browser downloads any file.
    await page.goto(`${server.url}/stock/reports?locationId=${locationId}`);
    await page.getByText('Dispensing record', { exact: true }).click();
    await page.getByLabel('Location').selectOption(locationId);
    await page.getByRole('textbox', { name: 'From', exact: true }).fill(day(-3));
    await page.getByRole('textbox', { name: 'To', exact: true }).fill(day(2));
    const csvLink = page.getByRole('link', { name: 'Download dispensing record as CSV' });
    expect(await csvLink.getAttribute('href')).toBe(`${stockApi}/reports/dispensing?from=${day(-3)}&to=${day(2)}&locationId=${locationId}&format=csv`);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: wait }), csvLink.click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^Report,Dispensing record/);
    expect(lines[8]).toBe(dispensingColumns.map((column) => column.header).join(','));
    const wasted = lines.slice(9).find((line) => line.includes(',waste,') && line.includes('E2E-KET-0001'));
    expect(wasted, 'the waste is on the record').toContain('Expelled into the pharmaceutical waste container');
    await page.close();
  });
});
