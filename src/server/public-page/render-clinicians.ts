import type { PublicClinicDocument } from '../../domain/public-page/public-clinic-document.js';
import { type SafeHtml, day, html, month } from './html.js';

type Clinician = PublicClinicDocument['clinicians'][number];
type Verification = Clinician['licences'][number]['lastVerification'];

const statusWords: Record<string, string> = {
  active: 'Active',
  current: 'Current',
  expired: 'Expired',
  inactive: 'Inactive',
  suspended: 'Suspended',
  revoked: 'Revoked',
};

function statusCell(status: string): SafeHtml {
  const good = status === 'active' || status === 'current';
  return html`<td${good ? '' : html` class="warning"`}>${statusWords[status] ?? status}</td>`;
}

const notApplicable = html`<td><span aria-hidden="true">—</span><span class="visually-hidden">none</span></td>`;

function verificationCell(verification: Verification): SafeHtml {
  if (!verification) return html`<td>Not yet verified</td>`;
  if (verification.outcome === 'discrepancy') return html`<td class="warning">${day(verification.on)}: the check found a discrepancy</td>`;
  return html`<td>${day(verification.on)}</td>`;
}

function credentialRows(clinician: Clinician): SafeHtml[] {
  return [
    ...clinician.licences.map(
      (licence) =>
        html`<tr><th scope="row">${licence.type} licence, ${licence.jurisdiction}</th><td>${licence.number}</td>${statusCell(licence.status)}<td>${licence.expiresOn ? day(licence.expiresOn) : 'No expiry recorded'}</td>${verificationCell(licence.lastVerification)}</tr>`,
    ),
    ...(clinician.npi ? [html`<tr><th scope="row">National Provider Identifier (NPI)</th><td>${clinician.npi}</td>${notApplicable}${notApplicable}${notApplicable}</tr>`] : []),
    ...clinician.boardCertifications.map(
      (certification) =>
        html`<tr><th scope="row">Board certification: ${certification.name}${certification.issuer ? html` (${certification.issuer})` : ''}</th>${notApplicable}${statusCell(certification.status)}<td>${certification.expiresOn ? day(certification.expiresOn) : 'No expiry recorded'}</td>${verificationCell(certification.lastVerification)}</tr>`,
    ),
    ...clinician.lifeSupport.map(
      (certification) =>
        html`<tr><th scope="row">${certification.type} life-support certification</th>${notApplicable}${statusCell(certification.status)}<td>${certification.expiresMonth ? month(certification.expiresMonth) : 'No expiry recorded'}</td>${verificationCell(certification.lastVerification)}</tr>`,
    ),
  ];
}

/** Each clinician with one table of their publicly listed credentials. */
export function renderClinicians(clinicians: PublicClinicDocument['clinicians']): SafeHtml {
  if (clinicians.length === 0) return html`<p>The clinic has not listed any clinicians yet.</p>`;
  return html`<p>The clinic keeps each licence and certification below on file; “Last verified” is the date clinic staff last checked it with the issuing board or body, or from the document. You can check a licence yourself with the state board that issued it.</p>
${clinicians.map(
  (clinician, index) => html`<section class="clinician" aria-labelledby="clinician-${index + 1}">
<h3 id="clinician-${index + 1}">${clinician.displayName}</h3>
<p>${clinician.roles.map((role) => role.label).join(', ')}</p>
<table>
<caption>Licences and certifications of ${clinician.displayName}</caption>
<thead><tr><th scope="col">Credential</th><th scope="col">Number</th><th scope="col">Status</th><th scope="col">Expires</th><th scope="col">Last verified</th></tr></thead>
<tbody>${credentialRows(clinician)}</tbody>
</table>
</section>`,
)}`;
}
