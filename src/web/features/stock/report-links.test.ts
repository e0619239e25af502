import { describe, expect, it } from 'vitest';
import { reportHref, type ReportChoice } from './report-links';

const choice: ReportChoice = { kind: 'ledger', productId: 'p1', locationId: '', from: '2026-01-01', to: '2026-03-31', countId: '' };

describe('reportHref', () => {
  it('builds the download address for each report and format', () => {
    expect(reportHref(choice, 'csv')).toBe('/api/controlled-substances/reports/ledger?productId=p1&from=2026-01-01&to=2026-03-31&format=csv');
    expect(reportHref({ ...choice, kind: 'dispensing', locationId: 'l1' }, 'pdf')).toBe('/api/controlled-substances/reports/dispensing?from=2026-01-01&to=2026-03-31&locationId=l1&format=pdf');
    expect(reportHref({ ...choice, kind: 'inventory', countId: 'c 1' }, 'csv')).toBe('/api/controlled-substances/reports/inventory/c%201?format=csv');
  });

  it('has no address until the report has what it needs', () => {
    expect(reportHref({ ...choice, productId: '' }, 'csv')).toBeNull();
    expect(reportHref({ ...choice, kind: 'dispensing', from: '' }, 'csv')).toBeNull();
    expect(reportHref({ ...choice, from: '2026-04-01' }, 'csv')).toBeNull();
    expect(reportHref({ ...choice, kind: 'inventory' }, 'pdf')).toBeNull();
  });
});
