import { describe, expect, it } from 'vitest';
import { changedSettings, defaultPublicPageSettings, publicPageSettingsSchema, readStoredPublicPageSettings } from './public-page-settings.js';

const valid = { enabled: true, introduction: 'Line one.\n\nLine two.\twith a tab', treatmentsOffered: ['iv-racemic'], measurementMonths: 24, contact: { phone: '(555) 010-0142', email: 'front@clinic.example.test', website: 'https://clinic.example.test' } };

describe('public page settings', () => {
  it('accepts plain text, known treatments once each, 12/24/36 months and http(s) contact details', () => {
    expect(publicPageSettingsSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['a control character in the introduction', { ...valid, introduction: 'bell \u0007' }, 'introduction'],
    ['an introduction over 2000 characters', { ...valid, introduction: 'x'.repeat(2001) }, 'introduction'],
    ['an unknown treatment', { ...valid, treatmentsOffered: ['home-infusion'] }, 'treatmentsOffered'],
    ['a treatment twice', { ...valid, treatmentsOffered: ['iv-racemic', 'iv-racemic'] }, 'treatmentsOffered'],
    ['a 6-month window', { ...valid, measurementMonths: 6 }, 'measurementMonths'],
    ['a javascript: address', { ...valid, contact: { website: 'javascript:alert(1)' } }, 'contact'],
    ['a data: address', { ...valid, contact: { website: 'data:text/html,<b>x</b>' } }, 'contact'],
    ['letters in the phone number', { ...valid, contact: { phone: 'call us' } }, 'contact'],
    ['an unknown field', { ...valid, logo: 'x' }, ''],
  ])('refuses %s', (_label, input, path) => {
    const result = publicPageSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path[0] ?? '').toBe(path);
  });

  it('reads what is stored, and falls back to the defaults (switched as stored) for anything unreadable', () => {
    const { enabled: _enabled, ...page } = valid;
    expect(readStoredPublicPageSettings(true, page)).toEqual(valid);
    expect(readStoredPublicPageSettings(false, {})).toEqual(defaultPublicPageSettings);
    expect(readStoredPublicPageSettings(true, { introduction: 42 })).toEqual({ ...defaultPublicPageSettings, enabled: true });
  });

  it('names the settings a change touched', () => {
    expect(changedSettings(defaultPublicPageSettings, { ...defaultPublicPageSettings, enabled: true, contact: { phone: '555 0100' } })).toEqual(['enabled', 'contact']);
    expect(changedSettings(defaultPublicPageSettings, defaultPublicPageSettings)).toEqual([]);
  });
});
