import { getJson, postJson, putJson } from '../../api/client';
import type {
  AccountBody,
  Classification,
  CountBody,
  CountResult,
  CountSummary,
  DiscrepancyCase,
  EntryBody,
  FilingBody,
  LedgerRecord,
  Product,
  ReceiptBody,
  SessionDraw,
  StockAlert,
  StockContainer,
  StockLocation,
  StockSettings,
} from './stock-types';
import type { Handler, ProductBody, RegistrationBody, StorageBody } from './stock-setup-types';

export const stockBase = '/api/controlled-substances';
const at = (locationId: string) => `?${new URLSearchParams({ locationId })}`;
const id = (value: string) => encodeURIComponent(value);

export const stockApi = {
  products: () => getJson<{ products: Product[] }>(`${stockBase}/products`),
  addProduct: (body: ProductBody) => postJson<{ id: string }>(`${stockBase}/products`, body),
  locations: () => getJson<{ locations: StockLocation[] }>(`${stockBase}/locations`),
  addRegistration: (body: RegistrationBody) => postJson<{ id: string }>(`${stockBase}/registrations`, body),
  handlers: (registrationId: string) => getJson<{ handlers: Handler[] }>(`${stockBase}/registrations/${id(registrationId)}/handlers`),
  authoriseHandler: (registrationId: string, userId: string) => postJson<{ handlers: Handler[] }>(`${stockBase}/registrations/${id(registrationId)}/handlers`, { userId }),
  revokeHandler: (registrationId: string, userId: string) =>
    postJson<{ handlers: Handler[] }>(`${stockBase}/registrations/${id(registrationId)}/handlers/${id(userId)}/revoke`),
  addStorage: (body: StorageBody) => postJson<{ id: string }>(`${stockBase}/storage-locations`, body),
  stock: (locationId: string) => getJson<{ containers: StockContainer[] }>(`${stockBase}/stock${at(locationId)}`),
  alerts: (locationId: string) => getJson<{ alerts: StockAlert[] }>(`${stockBase}/alerts${at(locationId)}`),
  ledger: (containerId: string) => getJson<{ entries: LedgerRecord[] }>(`${stockBase}/ledger?${new URLSearchParams({ containerId })}`),
  receive: (body: ReceiptBody) => postJson<{ containerIds: string[] }>(`${stockBase}/receipts`, body),
  record: (body: EntryBody) => postJson<LedgerRecord>(`${stockBase}/entries`, body),
  transfer: (body: { containerId: string; toLocationId: string }) => postJson<{ containerId: string }>(`${stockBase}/transfers`, body),
  count: (body: CountBody) => postJson<CountResult>(`${stockBase}/counts`, body),
  counts: (locationId: string) => getJson<{ counts: CountSummary[] }>(`${stockBase}/counts${at(locationId)}`),
  cases: () => getJson<{ cases: DiscrepancyCase[] }>(`${stockBase}/cases`),
  classify: (caseId: string, body: Classification) => postJson<DiscrepancyCase>(`${stockBase}/cases/${id(caseId)}/classify`, body),
  file: (caseId: string, body: FilingBody) => postJson<DiscrepancyCase>(`${stockBase}/cases/${id(caseId)}/filings`, body),
  settings: () => getJson<StockSettings>(`${stockBase}/settings`),
  saveSettings: (body: StockSettings) => putJson<StockSettings>(`${stockBase}/settings`, body),
  draw: (sessionId: string) => getJson<SessionDraw>(`${stockBase}/sessions/${id(sessionId)}/draw`),
  account: (sessionId: string, body: AccountBody) => postJson<SessionDraw>(`${stockBase}/sessions/${id(sessionId)}/account`, body),
};
