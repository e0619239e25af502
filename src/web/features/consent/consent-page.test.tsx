import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultConsentDocuments } from '../../../domain/consent/default-consent-documents';
import type { MeResponse } from '../../../server/routes/auth/auth.schemas';
import { chart, patientId, patientMe, site, staffMe } from '../../testing/fixtures';
import { problem, serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import type { ConsentDocument, ConsentSignature, PatientConsentsResponse } from './consent-api';

const pngDataUrl = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const documentIds = ['e0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000003'];
const documents: ConsentDocument[] = defaultConsentDocuments.map((content, index) => ({
  id: documentIds[index]!,
  kind: content.kind,
  version: 2,
  contentHash: `${'ab12cd34ef56'}${'0'.repeat(52)}`,
  publishedAt: '2025-01-01T00:00:00.000Z',
  content,
}));
const signatureId = 'f0000000-0000-4000-8000-000000000001';
const signature = (overrides: Partial<ConsentSignature> = {}): ConsentSignature => ({
  id: signatureId,
  kind: 'racemic-iv-im',
  documentId: documentIds[0]!,
  documentVersion: 2,
  documentHash: documents[0]!.contentHash,
  typedName: 'Robin Smith',
  signedAt: '2025-01-10T15:00:00.000Z',
  signedVia: 'in-clinic',
  collectedBy: 'Sam Staff',
  countersignedBy: null,
  countersignedAt: null,
  revokedAt: null,
  revocationReason: null,
  ...overrides,
});
const consents = (ivState: PatientConsentsResponse['statuses'][number]['state'] = 'not-signed', signatures: ConsentSignature[] = []): PatientConsentsResponse => ({
  statuses: documents.map((consentDocument, index) => ({
    kind: consentDocument.kind,
    currentVersion: 2,
    currentDocumentId: consentDocument.id,
    state: index === 0 ? ivState : 'not-signed',
    signatureId: index === 0 && ivState !== 'not-signed' ? signatureId : null,
  })),
  signatures,
});

const consentsPath = `/api/patients/${patientId}/consents`;
const serveConsents = (me: MeResponse, current = consents()) =>
  serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/safety-tasks/summary': { status: 200, body: { open: 0, overdue: 0 } },
    [`GET /api/patients/${patientId}`]: { status: 200, body: chart },
    [`GET ${consentsPath}`]: { status: 200, body: current },
    'GET /api/consent-documents': { status: 200, body: { documents } },
  });
const kindCard = (name: string) => screen.getByRole('region', { name });
const ivCard = () => kindCard('Ketamine by infusion or injection (IV or IM)');

/** Draws a stroke on the pad, as a finger would. */
function drawOn(pad: HTMLElement, points: [number, number][]) {
  const [first, ...rest] = points;
  fireEvent.pointerDown(pad, { pointerId: 1, pointerType: 'touch', button: 0, clientX: first![0], clientY: first![1] });
  for (const [x, y] of rest) fireEvent.pointerMove(pad, { pointerId: 1, pointerType: 'touch', clientX: x, clientY: y });
  fireEvent.pointerUp(pad, { pointerId: 1, pointerType: 'touch' });
}

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(pngDataUrl);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Consent page', () => {
  it('lists each kind of treatment with where the patient stands', async () => {
    serveConsents(staffMe(['nurse']));
    renderApp(`/patients/${patientId}/consent`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Consent for Robin Smith' })).toBeDefined();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Ketamine by infusion or injection (IV or IM)',
      'Esketamine nasal spray (Spravato)',
      'Ketamine by mouth (oral or under the tongue)',
    ]);
    expect(within(ivCard()).getByText('Not signed')).toBeDefined();
  });

  it('signs only with the acknowledgement, a typed name and a drawn signature, and posts the PNG', async () => {
    const api = serveConsents(staffMe(['nurse']));
    api.routes[`POST ${consentsPath}`] = { status: 201, body: consents('awaiting-countersignature', [signature()]) };
    renderApp(`/patients/${patientId}/consent`);
    fireEvent.click(await within(await screen.findByRole('region', { name: 'Ketamine by infusion or injection (IV or IM)' })).findByRole('button', { name: 'Read and sign' }));

    // The whole document, with its headings and its sources at the end.
    const ivDocument = documents[0]!;
    expect(await screen.findByRole('heading', { level: 3, name: ivDocument.content.title })).toBeDefined();
    for (const section of ivDocument.content.sections) expect(screen.getByRole('heading', { level: 4, name: section.heading })).toBeDefined();
    expect(screen.getAllByRole('heading', { level: 4 }).at(-1)?.textContent).toBe('Sources');
    expect(screen.getByTestId('signed-document').textContent).toBe('You are signing version 2 of this document (fingerprint ab12cd34ef56).');

    const signButton = () => screen.getByRole('button', { name: 'Sign' });
    const pad = screen.getByLabelText(/Signature pad/);
    expect(signButton().hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Your full name'), { target: { value: 'Robin Smith' } });
    drawOn(pad, [[10, 10], [12, 11]]);
    expect(screen.getByTestId('signature-state').textContent).toBe('No signature yet.');
    drawOn(pad, [[10, 10], [40, 30], [80, 20]]);
    expect(screen.getByTestId('signature-state').textContent).toBe('Signature drawn.');
    expect(signButton().hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByLabelText('I have read this document and had my questions answered'));
    expect(signButton().hasAttribute('disabled')).toBe(false);

    // Clearing takes the signature away again.
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(signButton().hasAttribute('disabled')).toBe(true);
    drawOn(pad, [[20, 40], [60, 50], [120, 45]]);
    fireEvent.click(signButton());

    await waitFor(() => expect(api.sent('POST', consentsPath)).toHaveLength(1));
    expect(api.sent('POST', consentsPath)[0]!.body).toEqual({ documentId: ivDocument.id, typedName: 'Robin Smith', signatureImage: pngDataUrl });
    expect(HTMLCanvasElement.prototype.toDataURL).toHaveBeenCalledWith('image/png');
    expect(await within(ivCard()).findByText('Waiting for countersignature')).toBeDefined();
  });

  it('lets a keyboard user adopt their typed name as the signature', async () => {
    const api = serveConsents(patientMe());
    api.routes[`POST ${consentsPath}`] = { status: 201, body: consents('awaiting-countersignature', [signature({ signedVia: 'portal' })]) };
    renderApp(`/patients/${patientId}/consent`);
    fireEvent.click(await within(await screen.findByRole('region', { name: 'Ketamine by infusion or injection (IV or IM)' })).findByRole('button', { name: 'Read and sign' }));
    expect(screen.queryByText('Hand the tablet to the patient')).toBeNull();
    fireEvent.click(await screen.findByLabelText('I have read this document and had my questions answered'));
    fireEvent.change(screen.getByLabelText('Your full name'), { target: { value: 'Robin Smith' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use my typed name as my signature' }));
    expect(screen.getByTestId('signature-state').textContent).toBe('Your typed name is used as your signature.');
    fireEvent.click(screen.getByRole('button', { name: 'Sign' }));
    await waitFor(() => expect(api.sent('POST', consentsPath)).toHaveLength(1));
    expect(api.sent('POST', consentsPath)[0]!.body).toMatchObject({ typedName: 'Robin Smith', signatureImage: pngDataUrl });
  });

  it('says so when a newer version replaced the document while it was being read', async () => {
    const api = serveConsents(staffMe(['nurse']));
    api.routes[`POST ${consentsPath}`] = problem(409, 'CONFLICT', 'Version 3 of this document replaced version 2; read and sign the new version.');
    renderApp(`/patients/${patientId}/consent`);
    fireEvent.click(await within(await screen.findByRole('region', { name: 'Ketamine by infusion or injection (IV or IM)' })).findByRole('button', { name: 'Read and sign' }));
    fireEvent.click(await screen.findByLabelText('I have read this document and had my questions answered'));
    fireEvent.change(screen.getByLabelText('Your full name'), { target: { value: 'Robin Smith' } });
    drawOn(screen.getByLabelText(/Signature pad/), [[10, 10], [60, 40]]);
    fireEvent.click(screen.getByRole('button', { name: 'Sign' }));
    expect((await screen.findByText('A newer version of this document was published')).closest('[role="alert"]')?.textContent).toContain('Version 3 of this document replaced version 2');
    expect(screen.getByRole('button', { name: 'Read the new version' })).toBeDefined();
  });

  it('offers countersigning only to users with the permission', async () => {
    const api = serveConsents(staffMe(['nurse']), consents('awaiting-countersignature', [signature()]));
    api.routes[`POST ${consentsPath}/${signatureId}/countersign`] = { status: 200, body: consents('current', [signature({ countersignedBy: 'Sam Staff', countersignedAt: '2025-01-10T15:10:00.000Z' })]) };
    const nurse = renderApp(`/patients/${patientId}/consent`);
    fireEvent.click(await within(await screen.findByRole('region', { name: 'Ketamine by infusion or injection (IV or IM)' })).findByRole('button', { name: 'Countersign' }));
    expect(await within(ivCard()).findByText('Current')).toBeDefined();
    expect(within(ivCard()).getByText(/Countersigned by Sam Staff/)).toBeDefined();
    expect(api.sent('POST', `${consentsPath}/${signatureId}/countersign`)).toHaveLength(1);
    nurse.unmount();
    vi.unstubAllGlobals();

    for (const me of [patientMe(), staffMe(['therapist'])]) {
      serveConsents(me, consents('awaiting-countersignature', [signature()]));
      const view = renderApp(`/patients/${patientId}/consent`);
      await within(await screen.findByRole('region', { name: 'Ketamine by infusion or injection (IV or IM)' })).findByText('Waiting for countersignature');
      expect(within(ivCard()).queryByRole('button', { name: 'Countersign' })).toBeNull();
      view.unmount();
      vi.unstubAllGlobals();
    }
  });

  it('lets the patient revoke with a reason', async () => {
    const api = serveConsents(patientMe(), consents('current', [signature({ countersignedBy: 'Sam Staff', countersignedAt: '2025-01-10T15:10:00.000Z' })]));
    api.routes[`POST ${consentsPath}/${signatureId}/revoke`] = { status: 200, body: consents('revoked', [signature({ revokedAt: '2025-01-12T09:00:00.000Z', revocationReason: 'I changed my mind' })]) };
    renderApp(`/patients/${patientId}/consent`);
    fireEvent.click(await within(await screen.findByRole('region', { name: 'Ketamine by infusion or injection (IV or IM)' })).findByRole('button', { name: 'Revoke' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this consent?' });
    const confirm = within(dialog).getByRole('button', { name: 'Revoke consent' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: 'I changed my mind' } });
    fireEvent.click(confirm);
    expect(await within(ivCard()).findByText('Revoked')).toBeDefined();
    expect(api.sent('POST', `${consentsPath}/${signatureId}/revoke`)[0]!.body).toEqual({ reason: 'I changed my mind' });
    expect(within(ivCard()).getByRole('button', { name: 'Read and sign' })).toBeDefined();
  });
});
