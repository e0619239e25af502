import type { Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dischargeChecklistItems } from '../../src/domain/sessions/discharge.js';
import { launchBrowser, type Browser } from '../helpers/browser.js';
import { signInThroughBrowser } from '../helpers/browser-sign-in.js';
import { freshDataDir, startServerProcess, type ServerProcess } from '../helpers/cli-process.js';
import { signInAsDemoUser } from '../helpers/demo-session.js';

// Issue: a nurse runs a full IV session from check-in to discharge on a tablet while a second browser shows the
// treatment floor updating live. Real time runs here, so the clinic first shortens its IV protocol (1-minute
// infusion, 1-minute observation) and DEMO-0008 is put on a new plan that snapshots it.
const protocolKey = 'iv-racemic-depression';
const wait = 30_000;
const minuteAndMargin = 62_000;

interface Protocol {
  key: string;
  version: number;
  definition: {
    dosing: { infusionMinutes?: number; titrationStepsMgPerKg?: number[] };
    limits: { maxMgPerKg?: number };
    monitoring: { minimumObservationMinutes: number; vitalSignIntervalMinutes: number };
    sessionMinutes: number;
  };
}
interface Plan {
  id: string;
  status: string;
  protocolVersion: number;
  sessions: { sequence: number }[];
}
interface Chart {
  state: string;
  chair: string;
  planSequence: number;
  vitals: unknown[];
  events: unknown[];
  signedAt: string | null;
}

const sentence = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** Clicks and waits for the API call the click makes; fails with the server's answer when it is not 2xx. */
async function clickFor(page: Page, method: string, path: RegExp, target: Locator): Promise<Response> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname), { timeout: wait }), target.click({ timeout: wait })]);
  expect(response.ok(), `${method} ${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
  return response;
}

describe('a nurse runs an IV session while the floor board follows', () => {
  let server: ServerProcess;
  let nurseBrowser: Browser;
  let boardBrowser: Browser;
  let patientId: string;
  let director: Record<string, string>;
  const api = (path: string, init: { method?: string; body?: object; headers?: Record<string, string> } = {}) =>
    fetch(`${server.url}${path}`, { method: init.method ?? 'GET', headers: init.headers ?? director, ...(init.body ? { body: JSON.stringify(init.body) } : {}) });
  const json = async <T>(response: globalThis.Response, status = 200): Promise<T> => {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    return JSON.parse(text) as T;
  };

  beforeAll(async () => {
    server = await startServerProcess(['--with-demo'], { KETACLINIC_DATA_DIR: freshDataDir() });
    [nurseBrowser, boardBrowser] = await Promise.all([launchBrowser(), launchBrowser()]);
    director = { cookie: await signInAsDemoUser(server.url, 'director@ketaclinic-demo.example'), 'content-type': 'application/json' };

    // The clinic's fast IV protocol. Under 10 minutes an IV infusion is anaesthetic from 1.0 mg/kg, so the cap
    // (and the titration steps) come down below it for the schema to accept the 1-minute infusion.
    const { protocols } = await json<{ protocols: Protocol[] }>(await api('/api/protocols'));
    const iv = protocols.filter((protocol) => protocol.key === protocolKey).sort((a, b) => b.version - a.version)[0]!;
    const fast = structuredClone(iv.definition);
    fast.dosing.infusionMinutes = 1;
    fast.dosing.titrationStepsMgPerKg = [0.5, 0.75];
    fast.limits.maxMgPerKg = 0.75;
    fast.monitoring.minimumObservationMinutes = 1;
    fast.monitoring.vitalSignIntervalMinutes = 1;
    fast.sessionMinutes = Math.max(fast.sessionMinutes, 2);
    const { version } = await json<{ version: number }>(await api(`/api/protocols/${protocolKey}`, { method: 'PUT', body: fast }));
    expect(version).toBeGreaterThan(0);

    // DEMO-0008: off chair 3, the old plan completed, a new plan on the fast protocol, active.
    const found = await json<{ patients: { id: string }[] }>(await api('/api/patients?q=DEMO-0008'));
    patientId = found.patients[0]!.id;
    const { sessions } = await json<{ sessions: { id: string; state: string; chair: string }[] }>(await api(`/api/patients/${patientId}/sessions`));
    const chair3 = sessions.find((session) => session.chair === 'Chair 3' && session.state === 'checked-in')!;
    expect(chair3).toBeDefined();
    await json(await api(`/api/sessions/${chair3.id}/transitions`, { method: 'POST', body: { action: 'stop', reason: 'Rebooked on the clinic’s revised IV protocol.' } }));
    const before = await json<{ plans: Plan[] }>(await api(`/api/patients/${patientId}/treatment-plans`));
    const active = before.plans.find((plan) => plan.status === 'active')!;
    await json(await api(`/api/patients/${patientId}/treatment-plans/${active.id}/end`, { method: 'POST', body: { outcome: 'completed', reason: 'Moved to the revised IV protocol.' } }));
    const today = new Date().toISOString().slice(0, 10);
    const draft = await json<Plan>(
      await api(`/api/patients/${patientId}/treatment-plans`, { method: 'POST', body: { protocolKey, startDate: today, indications: ['treatment-resistant-depression'], goals: 'Response by the end of the induction series.' } }),
      201,
    );
    expect(draft.protocolVersion).toBe(version);
    const activated = await api(`/api/patients/${patientId}/treatment-plans/${draft.id}/activate`, { method: 'POST', body: {} });
    expect((await json<Plan>(activated)).status).toBe('active');
  });
  afterAll(async () => {
    await nurseBrowser?.close();
    await boardBrowser?.close();
    await server?.stop();
  });

  it('checks in, readies, doses, observes and discharges, with the board following live', { timeout: 240_000 }, async () => {
    // Browser B: the front desk's board, with the stream's messages watched through the DevTools protocol.
    const board = await boardBrowser.context.newPage();
    await board.setViewportSize({ width: 1024, height: 768 });
    await signInThroughBrowser(board, server.url, 'frontdesk@ketaclinic-demo.example');
    const cdp = await boardBrowser.context.newCDPSession(board);
    await cdp.send('Network.enable');
    const streamed: string[] = [];
    cdp.on('Network.eventSourceMessageReceived', (message) => {
      if (message.eventName === 'floor') streamed.push(message.data);
    });
    await board.goto(`${server.url}/floor`);
    await board.getByRole('heading', { name: 'Treatment floor' }).waitFor({ timeout: wait });
    await board.getByText('Live', { exact: true }).waitFor({ timeout: wait });
    await board.getByRole('article', { name: 'Chair 3' }).getByText('Stopped', { exact: true }).waitFor({ timeout: wait });
    let boardLoads = 0;
    board.on('load', () => (boardLoads += 1));
    const chair4 = board.getByRole('article', { name: 'Chair 4' });
    expect(await chair4.count()).toBe(0);

    // Browser A: the nurse on a tablet checks the patient in from the plan.
    const page = await nurseBrowser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 1366 });
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text().split('\n')[0]!);
    });
    await signInThroughBrowser(page, server.url, 'nurse@ketaclinic-demo.example');
    await page.goto(`${server.url}/patients/${patientId}/plan`);
    await page.getByRole('table', { name: 'Session day' }).waitFor({ timeout: wait });
    await page.getByRole('button', { name: 'Check in for session 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Check in for session 1' });
    await dialog.getByRole('textbox', { name: /Chair or room/ }).fill('Chair 4');
    await clickFor(page, 'POST', /\/transitions$/, dialog.getByRole('button', { name: 'Check in', exact: true }));
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/, { timeout: wait });
    const sessionId = new URL(page.url()).pathname.split('/').at(-1)!;
    const step = page.getByRole('region', { name: 'Current step' });
    await step.getByRole('heading', { name: 'Before dosing' }).waitFor({ timeout: wait });

    // B: the new chair appears without a reload, pushed by the stream.
    await chair4.getByText('Checked in', { exact: true }).waitFor({ timeout: wait });
    expect(await chair4.textContent()).toContain('JS'); // Jordan Samplefield's initials, nothing more
    await expect.poll(() => streamed.some((data) => data.includes(sessionId))).toBe(true);

    // A: the readiness checklist and baseline vital signs, then "Confirm ready".
    await step.getByRole('textbox', { name: /Escort.s name/ }).fill('Demo Escort');
    await step.getByRole('textbox', { name: /Escort.s phone/ }).fill('+1 555 0190');
    const pregnancy = step.getByRole('checkbox', { name: 'Confirmed the patient is not pregnant' });
    if ((await pregnancy.count()) > 0) await pregnancy.check();
    await step.getByRole('checkbox', { name: /pre-session measures are done/ }).check();
    const vitalRows = page.getByRole('table', { name: 'Vital signs' }).getByRole('row');
    let recorded = 0;
    const recordVitals = async (values: [number, number, number, number, number]) => {
      const form = page.getByRole('form', { name: 'Vital signs' });
      const labels = ['Systolic (mmHg)', 'Diastolic (mmHg)', 'Heart rate (bpm)', 'SpO2 (%)', 'Resp. rate (/min)'];
      for (const [index, label] of labels.entries()) await form.getByRole('textbox', { name: label }).fill(String(values[index]));
      await clickFor(page, 'POST', /\/vitals$/, form.getByRole('button', { name: 'Record' }));
      recorded += 1;
      await vitalRows.nth(recorded).waitFor({ timeout: wait }); // the header row is row 0
      expect(await form.getByRole('textbox', { name: 'Systolic (mmHg)' }).inputValue()).toBe('');
    };
    await recordVitals([122, 78, 72, 98, 14]);
    await clickFor(page, 'POST', /\/transitions$/, step.getByRole('button', { name: 'Confirm ready' }));

    // The dose: today's weight and the volume drawn from the suggested vial; the server calculates 0.5 mg/kg × 68 kg = 34 mg.
    await step.getByRole('heading', { name: 'Dose', exact: true }).waitFor({ timeout: wait });
    const fillDose = async (name: string | RegExp, value: string) => {
      await step.getByRole('textbox', { name }).fill(value, { timeout: wait });
      expect(await page.getByText('This page could not be shown').count(), `the chart stopped rendering: ${pageErrors.join('; ')}`).toBe(0);
    };
    await fillDose(/weight \(kg\)/, '68');
    // The demo clinic keeps its stock on the ledger: the form picks the vial to draw from (earliest expiry
    // first) and fills its lot, expiry and strength, so only the volume is typed.
    await fillDose('Volume drawn (mL)', '3.4');
    const dose = await clickFor(page, 'PUT', /\/dose$/, step.getByRole('button', { name: 'Calculate and record the dose' }));
    expect(((await dose.json()) as { dose: { result: { doseMg: number; minimumAdministrationMinutes: number } } }).dose.result).toMatchObject({ doseMg: 34, minimumAdministrationMinutes: 1 });
    await step.getByRole('button', { name: 'Recalculate and record' }).waitFor({ timeout: wait });
    await clickFor(page, 'POST', /\/transitions$/, step.getByRole('button', { name: 'Start dosing' }));
    const dosingStarted = Date.now();
    await step.getByRole('heading', { name: 'Dosing', exact: true }).waitFor({ timeout: wait });
    await chair4.getByText('Dosing', { exact: true }).waitFor({ timeout: wait });

    // The 1-minute infusion: a check part-way, then "Finish dosing" once the minimum time is up.
    await recordVitals([126, 80, 76, 98, 14]);
    await step.getByText('The minimum time is up: finish dosing when the dose is in.').waitFor({ timeout: minuteAndMargin + 10_000 });
    await page.waitForTimeout(Math.max(0, dosingStarted + minuteAndMargin - Date.now()));
    await clickFor(page, 'POST', /\/transitions$/, step.getByRole('button', { name: 'Finish dosing' }));
    const dosingEnded = Date.now();
    await step.getByRole('heading', { name: 'Observation', exact: true }).waitFor({ timeout: wait });
    await chair4.getByText('Observation', { exact: true }).waitFor({ timeout: wait });

    // Observation: the discharge checklist, vital signs near baseline, and the 1-minute minimum.
    for (const words of Object.values(dischargeChecklistItems)) await step.getByRole('checkbox', { name: sentence(words) }).check();
    await clickFor(page, 'PUT', /\/discharge$/, step.getByRole('button', { name: 'Save checklist' }));
    await recordVitals([120, 78, 70, 98, 14]);
    await step.getByText('The minimum observation time is over.').waitFor({ timeout: minuteAndMargin + 10_000 });
    await page.waitForTimeout(Math.max(0, dosingEnded + minuteAndMargin - Date.now()));
    await clickFor(page, 'POST', /\/transitions$/, step.getByRole('button', { name: 'Ready for discharge' }));
    await step.getByRole('heading', { name: 'Ready for discharge' }).waitFor({ timeout: wait });
    await chair4.getByText('Ready for discharge', { exact: true }).waitFor({ timeout: wait });
    await clickFor(page, 'POST', /\/transitions$/, step.getByRole('button', { name: 'Discharge' }));
    await step.getByRole('heading', { name: 'Sign-off' }).waitFor({ timeout: wait });
    await chair4.getByText('Discharged', { exact: true }).waitFor({ timeout: wait });
    expect(boardLoads).toBe(0);

    // The record: every step, three sets of vitals, no events; then the prescriber signs the note.
    const chart = await json<Chart & { transitions: { toState: string }[] }>(await api(`/api/sessions/${sessionId}`));
    expect(chart).toMatchObject({ state: 'discharged', chair: 'Chair 4', planSequence: 1, events: [] });
    expect(chart.vitals).toHaveLength(3);
    expect(chart.transitions.map((transition) => transition.toState)).toEqual(['scheduled', 'checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready', 'discharged']);
    const prescriber = { cookie: await signInAsDemoUser(server.url, 'prescriber@ketaclinic-demo.example'), 'content-type': 'application/json' };
    // The note is signed only once the ledger accounts for every milligram drawn: the 34 mg given from a received vial.
    const unreconciled = await api(`/api/sessions/${sessionId}/sign`, { method: 'POST', headers: prescriber, body: { note: 'Signed before the ledger balanced: refused.' } });
    expect(unreconciled.status).toBe(409);
    // From the demo clinic's Ketalar stock: a vial with enough left.
    const { containers } = await json<{ containers: { id: string; ndc: string; balanceMg: number }[] }>(await api('/api/controlled-substances/stock'));
    const vial = containers.find((container) => container.ndc === '42023-113-10' && container.balanceMg >= 34)!;
    const containerIds = [vial.id];
    await json(await api('/api/controlled-substances/entries', { method: 'POST', body: { entry: { kind: 'administration', containerId: containerIds[0], quantityMg: 34, quantityMl: 3.4, sessionId, patientId } } }), 201);
    const signed = await json<Chart>(await api(`/api/sessions/${sessionId}/sign`, { method: 'POST', headers: prescriber, body: { note: 'IV ketamine 34 mg over 1 minute; tolerated, vitals near baseline, discharged with escort.' } }));
    expect(signed.signedAt).not.toBeNull();
    await page.close();
    await board.close();
  });
});
