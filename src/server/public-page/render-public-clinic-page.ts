import type { PublicClinicDocument } from '../../domain/public-page/public-clinic-document.js';
import { SafeHtml, day, html, paragraphs } from './html.js';
import { pageStyles } from './page-styles.js';
import { renderClinicians } from './render-clinicians.js';
import { renderOutcomes } from './render-outcomes.js';

// Our own stylesheet: trusted markup, not escaped.
const styles = new SafeHtml(pageStyles);

type Information = PublicClinicDocument['information'];
type Source = Information['sources'][number];

const sourceLabel = (source: Source) => `${source.author}, ${source.year ?? 'undated'}`;

function citationLinks(ids: readonly string[], sources: readonly Source[]): SafeHtml {
  const cited = ids.map((id) => sources.find((source) => source.id === id)).filter((source): source is Source => source !== undefined);
  return html`<span class="muted">(${cited.map((source, index) => html`${index > 0 ? '; ' : ''}<a href="#source-${source.id}">${sourceLabel(source)}</a>`)})</span>`;
}

function renderInformation(information: Information): SafeHtml {
  const sections = information.sections.map(
    (section) => html`<h3 id="about-${section.id}">${section.heading}</h3>
<ul class="statements">${section.statements.map(
      (statement) =>
        html`<li>${statement.text} ${citationLinks(statement.citations, information.sources)}${statement.unconfirmed ? html` <em>Not fully confirmed: ${statement.unconfirmed}</em>` : ''}</li>`,
    )}</ul>`,
  );
  const sources = information.sources.map(
    (source) =>
      html`<li id="source-${source.id}">${source.author} (${source.year ?? 'undated'}). ${source.title ? html`“${source.title}”. ` : ''}${source.description}. ${source.publisher}.${source.url ? html` <a href="${source.url}">${source.url}</a>` : ''}</li>`,
  );
  return html`<p>General information, not medical advice for you: talk to a clinician about whether ketamine treatment suits you. Written by the Ketaclinic project from the sources listed below.</p>
${sections}
<h3 id="sources">Sources</h3>
<ol class="sources">${sources}</ol>`;
}

function renderClinic(document: PublicClinicDocument): SafeHtml {
  const { clinic } = document;
  const { phone, email, website } = clinic.contact;
  const contact = [
    phone ? html`<li>Telephone: <a href="tel:${phone.replace(/[^0-9+]/g, '')}">${phone}</a></li>` : '',
    email ? html`<li>E-mail: <a href="mailto:${email}">${email}</a></li>` : '',
    website ? html`<li>Website: <a href="${website}">${website}</a></li>` : '',
  ];
  const locations = clinic.locations.map((location) => {
    const address = [location.address.line1, location.address.line2, `${location.address.city}, ${location.address.region} ${location.address.postalCode}`, location.address.country].filter((line) => line);
    return html`<tr><th scope="row">${location.name}</th><td>${address.map((line, index) => html`${index > 0 ? html`<br>` : ''}${line}`)}</td><td>${location.phone ? html`<a href="tel:${location.phone.replace(/[^0-9+]/g, '')}">${location.phone}</a>` : 'Not listed'}</td></tr>`;
  });
  return html`${contact.some((item) => item !== '') ? html`<ul>${contact}</ul>` : ''}
${clinic.locations.length > 0 ? html`<table><caption>Locations of ${clinic.name}</caption><thead><tr><th scope="col">Location</th><th scope="col">Address</th><th scope="col">Telephone</th></tr></thead><tbody>${locations}</tbody></table>` : html`<p>No locations are listed.</p>`}`;
}

function renderTreatments(document: PublicClinicDocument): SafeHtml {
  if (document.treatmentsOffered.length === 0) return html`<p>The clinic has not listed its treatments yet.</p>`;
  return html`<ul class="statements">${document.treatmentsOffered.map(
    (treatment) => html`<li><strong>${treatment.name}</strong>: ${treatment.description} ${citationLinks(treatment.citations, document.information.sources)}</li>`,
  )}</ul>`;
}

/** The public clinic page as one self-contained HTML document: semantic, no script, styles inline. */
export function renderPublicClinicPage(document: PublicClinicDocument, jsonPath: string): string {
  const { clinic } = document;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${clinic.name}: clinicians, treatments and results</title>
<meta name="description" content="${`Who treats patients at ${clinic.name}, their licences and certifications, the treatments offered, what ketamine therapy is and is not, and the clinic's own results.`}">
<link rel="alternate" type="application/json" href="${jsonPath}">
<style>${styles}</style>
</head>
<body>
<header>
<a class="skip-link" href="#main">Skip to the main content</a>
<p class="muted">Public information page</p>
<nav aria-label="On this page"><ul>
<li><a href="#locations">Locations and contact</a></li>
<li><a href="#clinicians">Clinicians</a></li>
<li><a href="#treatments">Treatments offered</a></li>
<li><a href="#about-ketamine">About ketamine therapy</a></li>
<li><a href="#outcomes">Our results</a></li>
</ul></nav>
</header>
<main id="main">
<h1>${clinic.name}</h1>
${clinic.introduction ? paragraphs(clinic.introduction) : ''}
<section aria-labelledby="locations"><h2 id="locations">Locations and contact</h2>${renderClinic(document)}</section>
<section aria-labelledby="clinicians"><h2 id="clinicians">Clinicians</h2>${renderClinicians(document.clinicians)}</section>
<section aria-labelledby="treatments"><h2 id="treatments">Treatments offered</h2>${renderTreatments(document)}</section>
<section aria-labelledby="about-ketamine"><h2 id="about-ketamine">About ketamine therapy</h2>${renderInformation(document.information)}</section>
<section aria-labelledby="outcomes"><h2 id="outcomes">Our results</h2>${renderOutcomes(document.outcomes)}</section>
</main>
<footer>
<p>This page was produced on ${day(document.generatedAt)} from the clinic’s records. It contains no information about any individual patient.</p>
<p>The same content is available for directories as <a href="${jsonPath}">machine-readable JSON (schema version ${document.schemaVersion})</a>.</p>
</footer>
</body>
</html>
`;
  return page.value;
}

/** What anyone gets for a clinic that does not exist or has its page switched off: the same answer for both. */
export function renderNotFoundPage(): string {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Page not found</title><style>${styles}</style></head>
<body><main id="main"><h1>Page not found</h1><p>There is no public clinic page at this address.</p></main></body>
</html>
`.value;
}
