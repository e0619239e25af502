import { toHundredths } from './quantity';
import type { ContainerState, Product, StockContainer } from './stock-types';

/** Containers still holding stock: sealed, or open and in use. */
export const isOnHand = (state: ContainerState) => state === 'sealed' || state === 'in-use';

export interface LotOnHand {
  lotNumber: string;
  expiresOn: string;
  containers: number;
}

export interface ProductSummary {
  productId: string;
  productName: string;
  ndc: string;
  strengthMgPerMl: number;
  containerMl: number;
  sealed: number;
  open: number;
  onHandMg: number;
  onHandMl: number;
  /** The mL on hand as full containers, to one decimal: what the reorder level is set in. */
  fullContainers: number;
  reorderAtContainers: number | null;
  /** At or below the reorder level. */
  reorderNow: boolean;
  /** First expiry first (FEFO). */
  lots: LotOnHand[];
}

const byExpiry = (a: { expiresOn: string; lotNumber: string }, b: { expiresOn: string; lotNumber: string }) => a.expiresOn.localeCompare(b.expiresOn) || a.lotNumber.localeCompare(b.lotNumber);

/** Open containers first (use them up), then the earliest expiry (first expiry, first out), then by label. */
export function fefoOrder(containers: readonly StockContainer[]): StockContainer[] {
  const rank = (container: StockContainer) => (container.state === 'in-use' ? 0 : container.state === 'sealed' ? 1 : 2);
  return [...containers].sort((a, b) => rank(a) - rank(b) || byExpiry(a, b) || a.label.localeCompare(b.label, undefined, { numeric: true }));
}

/** What one location holds of each product, from its containers; products are listed by name. */
export function summariseStock(containers: readonly StockContainer[], products: readonly Product[]): ProductSummary[] {
  const summaries = new Map<string, ProductSummary>();
  for (const container of containers) {
    if (!isOnHand(container.state)) continue;
    const product = products.find((candidate) => candidate.id === container.productId);
    const summary = summaries.get(container.productId) ?? {
      productId: container.productId,
      productName: container.productName,
      ndc: container.ndc,
      strengthMgPerMl: container.strengthMgPerMl,
      containerMl: container.containerMl,
      sealed: 0,
      open: 0,
      onHandMg: 0,
      onHandMl: 0,
      fullContainers: 0,
      reorderAtContainers: product?.reorderAtContainers ?? null,
      reorderNow: false,
      lots: [],
    };
    if (container.state === 'sealed') summary.sealed += 1;
    else summary.open += 1;
    summary.onHandMg = toHundredths(summary.onHandMg + container.balanceMg);
    summary.onHandMl = toHundredths(summary.onHandMl + container.balanceMl);
    const lot = summary.lots.find((candidate) => candidate.lotNumber === container.lotNumber);
    if (lot) lot.containers += 1;
    else summary.lots.push({ lotNumber: container.lotNumber, expiresOn: container.expiresOn, containers: 1 });
    summaries.set(container.productId, summary);
  }
  return [...summaries.values()]
    .map((summary) => {
      const fullContainers = Math.floor((summary.onHandMl / summary.containerMl) * 10 + 1e-9) / 10;
      return { ...summary, fullContainers, reorderNow: summary.reorderAtContainers !== null && fullContainers <= summary.reorderAtContainers, lots: [...summary.lots].sort(byExpiry) };
    })
    .sort((a, b) => a.productName.localeCompare(b.productName));
}
