import type { ProductForm, StorageLocation } from './stock-types';

/** What the stock set-up screen sends: products, each location's DEA registration, and its safes and cabinets. */

/** The schedules a DEA registration can list; "N" is non-narcotic (ketamine and esketamine are 3N). */
export const deaSchedules = ['2', '2N', '3', '3N', '4', '5'] as const;
export type DeaSchedule = (typeof deaSchedules)[number];

/** `POST /products`; 409 when the clinic already has the NDC. */
export interface ProductBody {
  genericName: string;
  ndc: string;
  strengthMgPerMl: number;
  containerMl: number;
  form: ProductForm;
  reorderAtContainers?: number;
}

/** `POST /registrations`: one per location where stock is kept (21 CFR 1301.12). */
export interface RegistrationBody {
  locationId: string;
  number: string;
  schedules: DeaSchedule[];
  expiresOn: string;
}

/** `POST /storage-locations`: a safe or a locked cabinet (21 CFR 1301.75(b)). */
export interface StorageBody {
  locationId: string;
  name: string;
  kind: StorageLocation['kind'];
}

/** One person on a DEA registration's roster of authorised handlers (21 CFR 1301.22(b)); `grantedBy` is a display name. */
export interface Handler {
  userId: string;
  displayName: string;
  grantedAt: string;
  grantedBy: string | null;
}
