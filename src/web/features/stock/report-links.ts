import { stockBase } from './stock-api';

export type ReportFormat = 'csv' | 'pdf';
export type ReportKind = 'ledger' | 'dispensing' | 'inventory';

export interface ReportChoice {
  kind: ReportKind;
  productId: string;
  locationId: string;
  from: string;
  to: string;
  countId: string;
}

/**
 * The address that downloads a report: a plain link, so the browser downloads it with the session cookie.
 * Null while something the report needs is not chosen yet.
 */
export function reportHref(choice: ReportChoice, format: ReportFormat): string | null {
  const query = (params: Record<string, string>) => new URLSearchParams(Object.entries(params).filter(([, value]) => value !== '')).toString();
  if (choice.kind === 'inventory') return choice.countId ? `${stockBase}/reports/inventory/${encodeURIComponent(choice.countId)}?${query({ format })}` : null;
  if (!choice.from || !choice.to || choice.from > choice.to) return null;
  if (choice.kind === 'ledger') {
    if (!choice.productId) return null;
    return `${stockBase}/reports/ledger?${query({ productId: choice.productId, from: choice.from, to: choice.to, locationId: choice.locationId, format })}`;
  }
  return `${stockBase}/reports/dispensing?${query({ from: choice.from, to: choice.to, locationId: choice.locationId, format })}`;
}
