import type { PublicClinicDocument } from '../../domain/public-page/public-clinic-document.js';
import { type SafeHtml, day, html } from './html.js';

type Outcomes = PublicClinicDocument['outcomes'];
type Count = Outcomes['completedInduction'];
type Rate = Outcomes['response'];

const noInterval = html`<td><span aria-hidden="true">—</span><span class="visually-hidden">not applicable</span></td>`;

function suppressedCells(minimumPatients: number): SafeHtml {
  return html`<td class="suppressed">fewer than ${minimumPatients} patients — not shown</td><td class="suppressed">not shown</td>`;
}

function countRow(label: string, cell: Count, minimumPatients: number): SafeHtml {
  return html`<tr><th scope="row">${label}</th>${cell.kind === 'shown' ? html`<td>${cell.value}</td>${noInterval}` : suppressedCells(minimumPatients)}</tr>`;
}

function rateRow(label: string, cell: Rate, unit: string, minimumPatients: number): SafeHtml {
  if (cell.kind === 'suppressed') return html`<tr><th scope="row">${label}</th>${suppressedCells(minimumPatients)}</tr>`;
  const interval = cell.confidenceInterval;
  return html`<tr><th scope="row">${label}</th><td>${cell.percent.toFixed(1)}% (${cell.numerator} of ${cell.denominator} ${unit})</td><td>${interval.lowerPercent.toFixed(1)}% to ${interval.upperPercent.toFixed(1)}%</td></tr>`;
}

/** The clinic's own results: one table, the period, and the method in words. */
export function renderOutcomes(outcomes: Outcomes): SafeHtml {
  const { method, measurementPeriod } = outcomes;
  const min = method.minimumPatients;
  const period = html`${day(measurementPeriod.from)} to ${day(measurementPeriod.to)}`;
  return html`<p>Measurement period: ${period} (the last ${measurementPeriod.months} months). These are the clinic’s own results, counted from its records. They are aggregate figures: no individual patient is listed or can be identified, and any figure based on fewer than ${min} patients is not shown.</p>
<table>
<caption>Outcomes from ${period}</caption>
<thead><tr><th scope="col">Measure</th><th scope="col">Result</th><th scope="col">95% confidence interval (Wilson score)</th></tr></thead>
<tbody>
${countRow('Patients who completed an induction series', outcomes.completedInduction, min)}
${countRow(`Of these, patients with a baseline PHQ-9 of ${method.elevatedBaselineAtOrAbove} or more and a follow-up PHQ-9`, outcomes.measured, min)}
${rateRow(`Response: PHQ-9 fell by at least ${method.responseFallPercent}%`, outcomes.response, 'patients', min)}
${rateRow(`Remission: PHQ-9 below ${method.remissionBelow}`, outcomes.remission, 'patients', min)}
${countRow('Dosing sessions', outcomes.dosingSessions, min)}
${rateRow('Sessions with an adverse event', outcomes.adverseEvents, 'sessions', min)}
${rateRow('Sessions with a serious adverse event', outcomes.seriousAdverseEvents, 'sessions', min)}
</tbody>
</table>
<h3 id="method">How these figures are calculated</h3>
<ul>${method.description.map((sentence) => html`<li>${sentence}</li>`)}</ul>
<p class="note">A confidence interval shows the range the true rate probably lies in: the fewer patients, the wider it is. These results are not from a controlled trial, so they cannot show how much of any change was due to the treatment itself.</p>`;
}
