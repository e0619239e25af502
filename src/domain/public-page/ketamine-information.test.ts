import { describe, expect, it } from 'vitest';
import { citationIds, citations, citedSources, informationSectionIds, ketamineInformation } from './ketamine-information.js';
import { treatmentsCatalogue } from './treatments.js';

describe('the ketamine information on the public page', () => {
  it('has each section once, in order', () => {
    expect(ketamineInformation.map((section) => section.id)).toEqual([...informationSectionIds]);
  });

  it.each(ketamineInformation.map((section) => [section.id, section] as const))('%s: every statement cites at least one known source', (_id, section) => {
    expect(section.statements.length).toBeGreaterThan(0);
    expect(section.statements.flatMap((statement) => statement.citations).length).toBeGreaterThan(0);
    for (const statement of section.statements) {
      expect(statement.citations.length, statement.text).toBeGreaterThan(0);
      for (const id of statement.citations) expect(citationIds).toContain(id);
    }
  });

  it('states the risks, and as fully as the benefits', () => {
    const risks = ketamineInformation.find((section) => section.id === 'risks')!;
    const benefits = ketamineInformation.find((section) => section.id === 'benefits')!;
    expect(risks.statements.length).toBeGreaterThanOrEqual(benefits.statements.length);
    const text = risks.statements.map((statement) => statement.text).join(' ');
    for (const risk of ['dissociation', 'Blood pressure', 'worse', 'drive', 'misused', 'breathing']) expect(text).toContain(risk);
    expect(ketamineInformation.find((section) => section.id === 'not-for')!.statements.length).toBeGreaterThan(3);
  });

  it('says why each statement that rests on a partly checked source is unconfirmed', () => {
    const unconfirmed = ketamineInformation.flatMap((section) => section.statements).filter((statement) => statement.unconfirmed !== undefined);
    expect(unconfirmed.length).toBeGreaterThan(0);
    for (const statement of unconfirmed) expect(statement.unconfirmed!.length).toBeGreaterThan(20);
    // Sanacora 2017 is only partly confirmed in SPEC.md (§2.4, §5): nothing may rest on it alone unmarked.
    for (const statement of ketamineInformation.flatMap((section) => section.statements)) {
      if (statement.citations.includes('sanacora2017')) expect(statement.unconfirmed, statement.text).toBeDefined();
    }
  });

  it('lists every cited source once, each with an author, a description, a publisher and an http(s) address or none', () => {
    const treatmentCitations = treatmentsCatalogue.flatMap((treatment) => treatment.citations);
    expect(treatmentsCatalogue.every((treatment) => treatment.citations.length > 0)).toBe(true);
    const sources = citedSources(ketamineInformation, treatmentCitations);
    expect(new Set(sources.map((source) => source.id)).size).toBe(sources.length);
    for (const id of treatmentCitations) expect(sources.map((source) => source.id)).toContain(id);
    expect(sources.map((source) => source.id).sort()).toEqual([...citationIds].sort());
    for (const source of Object.values(citations)) {
      expect(source.author.length).toBeGreaterThan(0);
      expect(source.description.length).toBeGreaterThan(0);
      expect(source.publisher.length).toBeGreaterThan(0);
      if (source.url !== null) expect(source.url).toMatch(/^https:\/\//);
    }
  });
});
