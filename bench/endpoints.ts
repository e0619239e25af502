/**
 * The hot paths measured by `npm run bench`; each capability adds its own. `health` (one trivial query) is
 * the baseline every other endpoint is compared with; `not-found` is the HTTP stack with no database at all.
 * Paths may use {patientId} (the demo patient DEMO-0001) and {sessionId} (a session in monitoring on the demo
 * floor); `signedIn` endpoints carry the demo nurse's session.
 */
export interface BenchEndpoint {
  name: string;
  path: string;
  expectStatus: number;
  signedIn?: boolean;
  method?: 'GET' | 'POST';
  body?: string;
}

export const endpoints: BenchEndpoint[] = [
  { name: 'health', path: '/api/health', expectStatus: 200 },
  { name: 'not-found (no database)', path: '/api/bench-no-such-route', expectStatus: 404 },
  { name: 'site', path: '/api/site', expectStatus: 200 },
  { name: 'patient record (signed in, audited)', path: '/api/patients/{patientId}', expectStatus: 200, signedIn: true },
  { name: 'patient search by name prefix (signed in, audited)', path: '/api/patients?q=demo', expectStatus: 200, signedIn: true },
  { name: 'patient search by MRN (signed in, audited)', path: '/api/patients?q=DEMO-0003', expectStatus: 200, signedIn: true },
  {
    name: 'submit a PHQ-9 (signed in, scored, stored, audited)',
    path: '/api/patients/{patientId}/assessments',
    expectStatus: 201,
    signedIn: true,
    method: 'POST',
    body: JSON.stringify({ instrumentId: 'phq9', answers: { '1': 2, '2': 2, '3': 1, '4': 3, '5': 1, '6': 1, '7': 2, '8': 0, '9': 0 }, purpose: 'routine' }),
  },
  {
    name: 'record a vital sign (thresholds, events, audited, floor notified)',
    path: '/api/sessions/{sessionId}/vitals',
    expectStatus: 200,
    signedIn: true,
    method: 'POST',
    body: JSON.stringify({ readings: [{ systolicMmHg: 128, diastolicMmHg: 80, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 }] }),
  },
  { name: 'floor board, 20 active chairs (signed in, audited)', path: '/api/floor', expectStatus: 200, signedIn: true },
];
