import { describe, expect, it } from 'vitest';
import { container, ketalar, spravato } from './stock-fixtures';
import { fefoOrder, summariseStock } from './stock-summary';

describe('summariseStock', () => {
  it('counts sealed and open containers, adds up mg and mL, and lists lots by expiry', () => {
    const containers = [
      container({ lotNumber: 'L2', expiresOn: '2028-01-31' }),
      container({ state: 'in-use', balanceMg: 126, balanceMl: 12.6, lotNumber: 'L1', expiresOn: '2027-03-31' }),
      container({ lotNumber: 'L2', expiresOn: '2028-01-31' }),
      container({ state: 'empty' }),
      container({ state: 'wasted' }),
    ];
    expect(summariseStock(containers, [ketalar])).toEqual([
      {
        productId: ketalar.id,
        productName: ketalar.genericName,
        ndc: ketalar.ndc,
        strengthMgPerMl: 10,
        containerMl: 20,
        sealed: 2,
        open: 1,
        onHandMg: 526,
        onHandMl: 52.6,
        fullContainers: 2.6,
        reorderAtContainers: 4,
        reorderNow: true,
        lots: [
          { lotNumber: 'L1', expiresOn: '2027-03-31', containers: 1 },
          { lotNumber: 'L2', expiresOn: '2028-01-31', containers: 2 },
        ],
      },
    ]);
  });

  it('rounds full-container equivalents down, and reorders at the level, not above it', () => {
    const devices = Array.from({ length: 4 }, () => container({}, spravato));
    const [summary] = summariseStock(devices, [spravato]);
    expect(summary).toMatchObject({ sealed: 4, onHandMg: 112, onHandMl: 0.8, fullContainers: 4, reorderNow: false });
    const [fewer] = summariseStock(devices.slice(1), [spravato]);
    expect(fewer).toMatchObject({ fullContainers: 3, reorderNow: true });
  });

  it('has no reorder level for a product it does not know', () => {
    expect(summariseStock([container()], [])[0]).toMatchObject({ reorderAtContainers: null, reorderNow: false });
  });
});

describe('fefoOrder', () => {
  it('puts open containers first, then the earliest expiry', () => {
    const late = container({ expiresOn: '2029-01-31', label: 'late' });
    const early = container({ expiresOn: '2027-01-31', label: 'early' });
    const open = container({ state: 'in-use', balanceMg: 50, balanceMl: 5, expiresOn: '2029-06-30', label: 'open' });
    const gone = container({ state: 'empty', expiresOn: '2026-01-31', label: 'gone' });
    expect(fefoOrder([late, gone, early, open]).map((item) => item.label)).toEqual(['open', 'early', 'late', 'gone']);
  });
});
