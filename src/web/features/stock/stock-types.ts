import type { StockAlertCode } from '../../../domain/ledger/stock-alerts';

/** The controlled-substance API (`/api/controlled-substances`), as the screens read and send it. */

export type ProductForm = 'vial' | 'nasal-device';
export type ContainerState = 'sealed' | 'in-use' | 'empty' | 'wasted' | 'destroyed' | 'returned' | 'lost';

export interface Product {
  id: string;
  genericName: string;
  ndc: string;
  strengthMgPerMl: number;
  containerMl: number;
  form: ProductForm;
  reorderAtContainers: number;
}

export interface StorageLocation {
  id: string;
  name: string;
  kind: 'safe' | 'cabinet';
}

export interface StockLocation {
  id: string;
  name: string;
  timeZone: string;
  registration: { id: string; number: string; schedules: string[]; expiresOn: string } | null;
  storage: StorageLocation[];
}

export interface StockContainer {
  id: string;
  label: string;
  state: ContainerState;
  balanceMg: number;
  balanceMl: number;
  productId: string;
  productName: string;
  ndc: string;
  form: ProductForm;
  strengthMgPerMl: number;
  containerMl: number;
  lotNumber: string;
  expiresOn: string;
  locationId: string;
  storageId: string | null;
  receivedAt: string;
  reservedForPatient: { id: string; name: string } | null;
}

export type AlertCode = StockAlertCode;

export interface StockAlert {
  code: AlertCode;
  severity: 'warning' | 'critical';
  message: string;
  locationId: string | null;
  subject: { kind: 'session' | 'case' | 'container' | 'location' | 'product'; id: string } | null;
  dueAt: string | null;
}

export interface LedgerRecord {
  entryId: string;
  seq: number;
  kind: string;
  containerId: string;
  quantityMg: number;
  quantityMl: number;
  occurredAt: string;
  hash: string;
}

export interface Registrant {
  name: string;
  address: string;
  deaNumber: string;
}

export interface ReceiptBody {
  productId: string;
  locationId: string;
  storageId?: string;
  lotNumber: string;
  expiresOn: string;
  containers: number;
  supplier: Registrant;
  invoiceNumber: string;
  reservedForPatientId?: string;
}

export interface WitnessCredentials {
  email: string;
  password: string;
  code?: string;
}

/** `POST /entries`: one movement; the server fills the author, and the witnesses' user ids once they sign in. */
export interface EntryBody {
  entry: { kind: string; containerId: string; quantityMg: number; quantityMl: number } & Record<string, unknown>;
  witness?: WitnessCredentials;
  witnesses?: [WitnessCredentials, WitnessCredentials];
}

export type CountKind = 'daily' | 'initial' | 'biennial';
export type CountTiming = 'opening' | 'close';

export interface CountLine {
  containerId: string;
  state: 'sealed' | 'in-use';
  countedMl: number | null;
  sealedPresent: boolean;
  method?: 'exact' | 'estimated';
}

export interface CountBody {
  locationId: string;
  kind?: CountKind;
  timing?: CountTiming;
  lines: CountLine[];
}

export interface CountDiscrepancy {
  containerId: string;
  expected: number;
  counted: number;
  differenceMl: number;
  kind: string;
}

export interface CountResult {
  countId: string;
  discrepancies: CountDiscrepancy[];
  caseId: string | null;
}

export interface CountSummary {
  id: string;
  locationId: string;
  kind: CountKind;
  timing: CountTiming | null;
  countedAt: string;
  countedBy: string;
  lines: number;
  discrepancies: number;
}

export type CaseState = 'open' | 'investigating' | 'closed-not-significant' | 'reported';
export type TimerState = 'done' | 'ok' | 'due-soon' | 'overdue';

export interface DiscrepancyCase {
  id: string;
  locationId: string;
  state: CaseState;
  discoveredAt: string;
  details: unknown;
  cause: string | null;
  rationale: string | null;
  writtenNoticeBy: string | null;
  form106By: string | null;
  writtenNoticeSentAt: string | null;
  form106FiledAt: string | null;
  /** What was sent to the DEA and when, as recorded. */
  filings?: { kind: string; at: string; reference: string; recordedAt: string }[];
  timers: { writtenNotice: string; form106: string } | null;
}

export type Classification = { kind: 'not-significant'; rationale: string } | { kind: 'theft' } | { kind: 'significant-loss' };
export interface FilingBody {
  kind: 'written-notice' | 'form-106';
  at: string;
  reference: string;
}

export interface StockSettings {
  retentionYears: number;
  countIntervalHours: number;
  expiryWarningDays: number;
  patientShipmentDays: number;
}

/** `GET /sessions/:sessionId/draw`: what the session drew, where from, and whether every milligram is accounted for. */
export interface SessionDraw {
  sessionId: string;
  locationId: string;
  form: ProductForm;
  doseMg: number | null;
  drawn: { containerId: string | null; lotNumber: string; mg: number } | null;
  /** Open containers first, then the earliest expiry. */
  candidates: StockContainer[];
  suggestedContainerId: string | null;
  totals: { drawnMg: number | null; administeredMg: number; wastedMg: number; unaccountedMg: number | null };
  reconciled: boolean;
}

/** One container's part of a session's draw: a vial's part, or one esketamine device's whole 28 mg. */
export interface AccountLine {
  containerId: string;
  quantityMg: number;
  quantityMl: number;
}

/** `POST /sessions/:sessionId/account`: a line per container given from (0–5), and the rest wasted before a witness. */
export interface AccountBody {
  administrations: AccountLine[];
  waste?: AccountLine & { method: string };
  witness?: WitnessCredentials;
}
