import { describe, expect, it } from 'vitest';
import { defaultConditionCategories, icd10HasPrefix, normaliseIcd10 } from './condition-categories.js';

const categoriesOf = (code: string) =>
  Object.entries(defaultConditionCategories)
    .filter(([, category]) => category.icd10Prefixes.some((prefix) => icd10HasPrefix(code, prefix)))
    .map(([id]) => id);

describe('ICD-10-CM prefix matching', () => {
  it.each([
    ['F20.9', 'F20', true],
    ['F209', 'F20', true],
    ['f20.9', 'F20', true],
    ['F20.9', 'F20.9', true],
    ['F209', 'F20.9', true],
    ['I21.4', 'I21', true],
    ['I20.9', 'I20.0', false],
    ['G47.30', 'G47.33', false],
    ['F2', 'F20', false],
    ['Q28.2', 'Q282', true],
  ])('%s under %s: %s', (code, prefix, expected) => {
    expect(icd10HasPrefix(code, prefix)).toBe(expected);
  });

  it('normalises dots, spaces and case', () => {
    expect(normaliseIcd10(' h40.11x0 ')).toBe('H4011X0');
  });
});

describe('the bundled condition categories (SPEC.md §8)', () => {
  it.each([
    ['I71.4', ['vascular-aneurysm-or-avm']],
    ['I72.0', ['vascular-aneurysm-or-avm']],
    ['Q28.2', ['vascular-aneurysm-or-avm']],
    ['I61.9', ['intracerebral-hemorrhage']],
    ['I62.00', ['intracerebral-hemorrhage']],
    ['F20.9', ['psychotic-disorder']],
    ['F29', ['psychotic-disorder']],
    ['F32.3', ['depression-with-psychotic-features']],
    ['F32.2', []],
    ['F31.81', ['bipolar-disorder']],
    ['I21.A1', ['recent-myocardial-infarction']],
    ['I22.0', ['recent-myocardial-infarction']],
    ['I25.2', []],
    ['I20.0', ['unstable-angina']],
    ['I50.22', ['heart-failure']],
    ['I48.0', ['significant-arrhythmia']],
    ['I49.3', []],
    ['I63.9', ['stroke-or-tia']],
    ['G45.9', ['stroke-or-tia']],
    ['K72.10', ['severe-hepatic-impairment']],
    ['G93.2', ['raised-intracranial-pressure']],
    ['G93.6', ['raised-intracranial-pressure']],
    ['H40.9', ['glaucoma']],
    ['G47.33', ['obstructive-sleep-apnea']],
    ['F10.20', ['alcohol-use-disorder']],
    ['F11.20', ['opioid-use-disorder']],
    ['F14.20', ['cocaine-use-disorder']],
    ['F12.20', ['other-substance-use-disorder']],
    ['F19.20', ['other-substance-use-disorder']],
    ['F33.1', []],
  ])('%s → %j', (code, expected) => {
    expect(categoriesOf(code)).toEqual(expected);
  });

  it('softens substance use only for the disorder being treated (F10 aud, F11 oud, F14 cud)', () => {
    const treated = Object.fromEntries(Object.entries(defaultConditionCategories).flatMap(([id, category]) => (category.treatedByIndication ? [[id, category.treatedByIndication]] : [])));
    expect(treated).toEqual({ 'alcohol-use-disorder': 'aud', 'opioid-use-disorder': 'oud', 'cocaine-use-disorder': 'cud' });
  });
});
