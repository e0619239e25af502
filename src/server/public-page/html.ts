/** Markup already escaped or written by us; anything else put into `html` is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => entities[character]!);

type Renderable = SafeHtml | string | number | null | undefined | false | readonly Renderable[];

function render(value: Renderable): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * A template that escapes every interpolated value (text and attribute values alike) unless it is `SafeHtml`,
 * so text written by a clinic or stored in the database can never become markup.
 */
export function html(strings: TemplateStringsArray, ...values: Renderable[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar day (YYYY-MM-DD, or the day of an ISO instant in UTC) as `<time>`: "October 28, 2026". */
export function day(iso: string): SafeHtml {
  const date = iso.slice(0, 10);
  return html`<time datetime="${date}">${dayFormat.format(new Date(`${date}T00:00:00Z`))}</time>`;
}

/** A month (YYYY-MM) as `<time>`: "May 2028". */
export function month(yyyyMm: string): SafeHtml {
  return html`<time datetime="${yyyyMm}">${monthFormat.format(new Date(`${yyyyMm}-01T00:00:00Z`))}</time>`;
}

/** Paragraphs of plain text: blank lines separate them, single line breaks stay. */
export function paragraphs(text: string): SafeHtml {
  const blocks = text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  return html`${blocks.map((block) => html`<p>${block.split(/\r?\n/).map((line, index) => (index === 0 ? line : html`<br>${line}`))}</p>`)}`;
}
