import { getJson, putJson } from '../../api/client';

// `GET/PUT /api/public-page/settings` (issue 8) has no server schema in this tree yet; this follows the agreed contract.

export const treatments = ['iv-racemic', 'im-racemic', 'oral-racemic', 'intranasal-esketamine'] as const;
export type Treatment = (typeof treatments)[number];
/** As the public page names them. */
export const treatmentLabels: Record<Treatment, string> = {
  'iv-racemic': 'Intravenous (IV) ketamine infusion',
  'im-racemic': 'Intramuscular (IM) ketamine injection',
  'oral-racemic': 'Oral ketamine',
  'intranasal-esketamine': 'Esketamine nasal spray (SPRAVATO)',
};

export const measurementMonths = [12, 24, 36] as const;

export interface PublicPageSettings {
  enabled: boolean;
  introduction: string;
  treatmentsOffered: Treatment[];
  /** How far back the outcome figures reach. */
  measurementMonths: (typeof measurementMonths)[number];
  contact: { phone?: string; email?: string; website?: string };
}

export const publicPageApi = {
  settings: () => getJson<PublicPageSettings>('/api/public-page/settings'),
  save: (body: PublicPageSettings) => putJson<PublicPageSettings>('/api/public-page/settings', body),
};

/** The page anyone can open, and the same content as JSON for directories. */
export const publicPagePath = (slug: string) => `/clinics/${encodeURIComponent(slug)}`;
export const publicJsonPath = (slug: string) => `/api/public/clinics/${encodeURIComponent(slug)}`;

export interface SettingsValues {
  enabled: boolean;
  introduction: string;
  treatmentsOffered: Treatment[];
  measurementMonths: string;
  phone: string;
  email: string;
  website: string;
}

export const settingsValues = (settings: PublicPageSettings): SettingsValues => ({
  enabled: settings.enabled,
  introduction: settings.introduction,
  treatmentsOffered: treatments.filter((treatment) => settings.treatmentsOffered.includes(treatment)),
  measurementMonths: String(settings.measurementMonths),
  phone: settings.contact.phone ?? '',
  email: settings.contact.email ?? '',
  website: settings.contact.website ?? '',
});

export type SettingsParse = { kind: 'valid'; body: PublicPageSettings } | { kind: 'invalid'; errors: Record<string, string> };

/** The body to send (empty contact fields left out), or what is wrong; error keys are the server's field paths. */
export function settingsBody(values: SettingsValues): SettingsParse {
  const errors: Record<string, string> = {};
  const phone = values.phone.trim();
  const email = values.email.trim();
  const website = values.website.trim();
  if (phone && !/^[0-9+() .-]{3,40}$/.test(phone)) errors['contact.phone'] = 'A telephone number: digits, spaces and + ( ) . -';
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors['contact.email'] = 'Not an e-mail address';
  if (website && !/^https?:\/\/\S+$/.test(website)) errors['contact.website'] = 'The full address, starting with https://';
  const months = Number(values.measurementMonths) as PublicPageSettings['measurementMonths'];
  if (!measurementMonths.includes(months)) errors.measurementMonths = 'Choose 12, 24 or 36 months';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'valid',
    body: {
      enabled: values.enabled,
      introduction: values.introduction.trim(),
      treatmentsOffered: values.treatmentsOffered,
      measurementMonths: months,
      contact: { ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(website ? { website } : {}) },
    },
  };
}
