import { canonicalJson } from '../audit/audit-chain.js';
import type { ProtocolDefinition, ProvenanceEntry } from './protocol-definition.js';
import { valueAtPath } from './protocol-definition.js';

// Descriptive fields: editing them changes no clinical value, so they carry no provenance.
const descriptiveFields = new Set(['key', 'name', 'summary', 'measurementCadenceNote', 'sources', 'evidence', 'provenance', 'series.maintenance.note']);

/** Dotted paths of the leaves (numbers, strings, arrays) that differ between two protocols. */
function changedLeaves(before: unknown, after: unknown, prefix = ''): string[] {
  const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
    return [...keys].sort().flatMap((key) => changedLeaves((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key));
  }
  return canonicalJson(before ?? null) === canonicalJson(after ?? null) ? [] : [prefix];
}

const covers = (field: string, path: string) => path === field || path.startsWith(`${field}.`);

/**
 * The clinic's edited protocol with honest marks: every provenance entry whose value the clinic changed
 * becomes a `clinic-setting` (naming the published value), a changed value that had no entry gets one, and
 * entries for values the clinic removed are dropped.
 * Call it when a clinic saves an edit of a published default, so a changed dose never shows a trial's mark.
 */
export function markClinicEdits(published: ProtocolDefinition, edited: ProtocolDefinition): ProtocolDefinition {
  const changed = changedLeaves(published, edited).filter((path) => ![...descriptiveFields].some((field) => covers(field, path)));
  const stillPresent = (field: string) => valueAtPath(edited, field) !== undefined;
  const provenance: ProvenanceEntry[] = edited.provenance.filter((entry) => stillPresent(entry.field)).map((entry) => {
    if (!changed.some((path) => covers(entry.field, path) || covers(path, entry.field))) return entry;
    const was = valueAtPath(published, entry.field);
    return { field: entry.field, confidence: 'clinic-setting', source: 'clinic', note: `Changed by the clinic; the published default was ${was === undefined ? 'unset' : canonicalJson(was)}.` };
  });
  for (const path of changed) {
    if (!stillPresent(path) || provenance.some((entry) => covers(entry.field, path) || covers(path, entry.field))) continue;
    const was = valueAtPath(published, path);
    provenance.push({ field: path, confidence: 'clinic-setting', source: 'clinic', note: `Set by the clinic; the published default was ${was === undefined ? 'unset' : canonicalJson(was)}.` });
  }
  return { ...edited, provenance };
}
