import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.js';
import { signInThroughBrowser } from '../helpers/browser-sign-in.js';
import { freshDataDir, startServerProcess, type ServerProcess } from '../helpers/cli-process.js';
import { signInAsDemoUser } from '../helpers/demo-session.js';

// Issue 5's journey for the demo patient with nothing recorded yet (DEMO-0005): intake, eligibility, consent on a
// tablet, a plan from a protocol, and activation. The nurse's part (history, vitals, baseline measures) goes
// through the API to keep the test short; the steps that decide go through the browser.
describe('from intake to an active treatment plan', () => {
  let server: ServerProcess;
  let browser: Browser;
  let patientId: string;
  let nurse: Record<string, string>;
  const api = (path: string, init: { method?: string; body?: object } = {}) =>
    fetch(`${server.url}${path}`, { method: init.method ?? 'GET', headers: nurse, ...(init.body ? { body: JSON.stringify(init.body) } : {}) });

  beforeAll(async () => {
    server = await startServerProcess(['--with-demo'], { KETACLINIC_DATA_DIR: freshDataDir() });
    browser = await launchBrowser();
    nurse = { cookie: await signInAsDemoUser(server.url, 'nurse@ketaclinic-demo.example'), 'content-type': 'application/json' };
    const found = (await (await api('/api/patients?q=DEMO-0005')).json()) as { patients: { id: string }[] };
    patientId = found.patients[0]!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes a new patient from intake to an active IV course', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 900 });
    await signInThroughBrowser(page, server.url, 'director@ketaclinic-demo.example');

    // Intake: the first two sections in the wizard, saved as the clinician moves on.
    await page.goto(`${server.url}/patients/${patientId}`);
    await page.getByRole('navigation', { name: 'Treatment steps' }).getByRole('link', { name: 'Intake' }).click();
    await page.getByLabel('Referred by').selectOption('self');
    await page.getByLabel('Reason for referral').fill('Anxiety and opioid use; wants to try ketamine-assisted therapy.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('checkbox', { name: 'Anxiety' }).check();
    await page.getByRole('checkbox', { name: 'Opioid use disorder' }).check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect
      .poll(async () => ((await (await api(`/api/patients/${patientId}/intake`)).json()) as { sections: { indications?: { indications: string[] } } }).sections.indications?.indications)
      .toEqual(['anxiety', 'opioid-use-disorder']);

    const sections = {
      'psychiatric-history': { antidepressantTrials: [], hospitalisations: 0, suicideAttempts: 0, psychosisHistory: false, maniaHistory: false, currentPsychosis: false, currentMania: false },
      'substance-use': { substances: [{ substance: 'opioids', pattern: 'current', detail: 'On buprenorphine maintenance' }], ketamineMisuseHistory: false },
      'medical-review': { allergiesReviewed: true, medicationsReconciled: true },
      vitals: { bloodPressure: [{ systolicMmHg: 118, diastolicMmHg: 76 }, { systolicMmHg: 122, diastolicMmHg: 78 }], heartRateBpm: 74, weightKg: 70.1, heightCm: 170 },
      pregnancy: { status: 'not-pregnant', testResult: 'negative', breastfeeding: false },
      'drug-screen': { result: 'positive', substancesDetected: ['buprenorphine'] },
    };
    for (const [section, value] of Object.entries(sections)) expect((await api(`/api/patients/${patientId}/intake/sections/${section}`, { method: 'PUT', body: { value } })).status).toBe(200);
    const baselines = [
      { instrumentId: 'cssrs-screener', answers: { '1': 0, '2': 0, '6': 0 } },
      { instrumentId: 'gad7', answers: { '1': 2, '2': 2, '3': 2, '4': 1, '5': 1, '6': 2, '7': 1 } },
      { instrumentId: 'dast10', answers: { '1': 1, '2': 0, '3': 1, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 0, '10': 0 } },
      { instrumentId: 'craving-vas', answers: { '1': 4 }, context: { substance: 'opioids' } },
    ];
    for (const baseline of baselines) {
      const recorded = await api(`/api/patients/${patientId}/assessments`, { method: 'POST', body: { ...baseline, purpose: 'baseline' } });
      expect(recorded.status, await recorded.clone().text()).toBe(201);
    }

    await page.reload();
    await page.getByRole('navigation', { name: 'Intake steps' }).getByRole('button', { name: /Review and complete/ }).click();
    await page.getByRole('button', { name: 'Complete intake' }).click();
    await expect.poll(async () => ((await (await api(`/api/patients/${patientId}/intake`)).json()) as { status: string }).status).toBe('completed');

    // Eligibility: the prescriber decides for IV.
    await page.goto(`${server.url}/patients/${patientId}/eligibility`);
    await page.getByLabel('Route').selectOption('iv');
    await page.getByRole('status', { name: 'Eligibility result' }).waitFor();
    await page.getByRole('radio', { name: 'Proceed with treatment' }).check();
    const justification = page.getByLabel('Justification');
    if (await justification.isVisible()) await justification.fill('Buprenorphine continued; SpO2 watched closely during sessions.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByRole('table', { name: 'Decision history' }).getByRole('row').nth(1).waitFor();

    // Consent on a tablet-sized screen: typed name, drawn signature, then the countersignature.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${server.url}/patients/${patientId}/consent`);
    const ivConsent = page.getByRole('region', { name: 'Ketamine by infusion or injection (IV or IM)' });
    await ivConsent.getByRole('button', { name: 'Read and sign' }).click();
    await page.getByLabel('Your full name').fill('Emery Demopatient');
    const pad = page.getByLabel(/Signature pad/);
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 30);
    await page.mouse.down();
    for (const [x, y] of [[60, 50], [110, 25], [160, 60], [220, 30]] as const) await page.mouse.move(box.x + x, box.y + y, { steps: 5 });
    await page.mouse.up();
    await page.getByLabel('I have read this document and had my questions answered').check();
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await ivConsent.getByRole('button', { name: 'Countersign' }).click();
    await expect.poll(async () => {
      const consents = (await (await api(`/api/patients/${patientId}/consents`)).json()) as { statuses: { kind: string; state: string }[] };
      return consents.statuses.find((status) => status.kind === 'racemic-iv-im')?.state;
    }).toBe('current');

    // The plan: protocol, start date and goals; the proposed series; save the draft and activate it.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/patients/${patientId}/plan`);
    await page.getByRole('radio', { name: 'IV racemic ketamine for depression' }).check();
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Start date').fill(start);
    await page.getByLabel(/Goals/).first().fill('Less anxiety; stay in recovery.');
    await page.getByRole('listitem', { name: 'Session 6' }).waitFor();
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('button', { name: 'Activate' }).click();
    await expect.poll(async () => {
      const plans = (await (await api(`/api/patients/${patientId}/treatment-plans`)).json()) as { plans: { status: string; sessions: unknown[] }[] };
      return [plans.plans[0]?.status, plans.plans[0]?.sessions.length];
    }).toEqual(['active', 6]);
    await page.close();
  });
});
