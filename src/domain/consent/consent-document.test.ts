import { createHash } from 'node:crypto';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { protocolRoutes } from '../protocols/protocol-definition.js';
import {
  type ConsentDocumentContent,
  consentDocumentContentSchema,
  consentDocumentHash,
  consentKindForRoute,
  consentKinds,
  missingConsentTopics,
  requiredConsentTopics,
  requiredRiskTopics,
} from './consent-document.js';
import { defaultConsentDocuments } from './default-consent-documents.js';
import { estimateReadingGrade } from './reading-grade.js';

const documentOf = (kind: ConsentDocumentContent['kind']) => structuredClone(defaultConsentDocuments.find((document) => document.kind === kind)!);
const issues = (content: unknown) => {
  const result = consentDocumentContentSchema.safeParse(content);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
const allText = (document: ConsentDocumentContent) => [document.title, ...document.sections.flatMap((section) => [section.heading, section.body])].join('\n');

describe('consentKindForRoute', () => {
  it('maps every route to its document', () => {
    expect(Object.fromEntries(protocolRoutes.map((route) => [route, consentKindForRoute(route)]))).toEqual({
      iv: 'racemic-iv-im',
      im: 'racemic-iv-im',
      'intranasal-esketamine': 'esketamine-intranasal',
      oral: 'racemic-oral-sublingual',
      sublingual: 'racemic-oral-sublingual',
    });
  });
});

describe('the default consent documents', () => {
  it('one per kind, each valid and unchanged by parsing', () => {
    expect(defaultConsentDocuments.map((document) => document.kind)).toEqual([...consentKinds]);
    for (const document of defaultConsentDocuments) {
      expect(issues(document), document.kind).toEqual([]);
      expect(consentDocumentContentSchema.parse(document)).toEqual(document);
      expect(document.sources.length).toBeGreaterThan(0);
    }
    expectTypeOf<z.infer<typeof consentDocumentContentSchema>>().toEqualTypeOf<ConsentDocumentContent>();
  });

  it('every kind covers every required topic, and every risk topic is required of every kind', () => {
    for (const document of defaultConsentDocuments) expect(missingConsentTopics(document), document.kind).toEqual([]);
    for (const kind of consentKinds) expect(requiredConsentTopics[kind]).toEqual(expect.arrayContaining([...requiredRiskTopics, 'alternatives', 'right-to-stop', 'emergency-contacts']));
    expect(requiredConsentTopics['esketamine-intranasal']).toEqual(expect.arrayContaining(['rems', 'observation-two-hours', 'fasting']));
    expect(requiredConsentTopics['racemic-iv-im']).toContain('off-label');
    expect(requiredConsentTopics['racemic-oral-sublingual']).toContain('off-label');
  });

  it('say the facts the topics promise, in words', () => {
    for (const document of defaultConsentDocuments) {
      const text = allText(document);
      expect(text).toContain('988');
      expect(text).toContain('until the next day, after a night of restful sleep');
      expect(text).toMatch(/take back this consent at any time/);
      expect(text).toMatch(/does not work for everyone/);
    }
    expect(allText(documentOf('racemic-iv-im'))).toContain('It has not approved ketamine for depression');
    expect(allText(documentOf('racemic-oral-sublingual'))).toContain('experimental');
    const esketamine = allText(documentOf('esketamine-intranasal'));
    for (const fact of ['Spravato REMS', 'at least 2 hours', 'Do not eat for 2 hours', 'for 30 minutes before', '22.5%', '7.6%']) expect(esketamine).toContain(fact);
  });

  it('read at about an 8th-grade level (Flesch–Kincaid estimate)', () => {
    for (const document of defaultConsentDocuments) {
      expect(estimateReadingGrade(document.sections.map((section) => section.body).join('\n\n')), document.kind).toBeLessThanOrEqual(8);
      for (const section of document.sections) expect(estimateReadingGrade(section.body), `${document.kind}: ${section.heading}`).toBeLessThanOrEqual(10);
    }
  });
});

describe('consentDocumentContentSchema for a clinic’s new version', () => {
  it('refuses a document that drops a required risk, naming each missing topic', () => {
    const document = documentOf('racemic-iv-im');
    document.sections = document.sections.filter((section) => !section.topics.includes('bladder') && !section.topics.includes('off-label'));
    expect(issues(document)).toEqual(['sections: No section covers the required topic "bladder"', 'sections: No section covers the required topic "off-label"']);
  });

  it('refuses an esketamine document without the REMS, the 2-hour observation or fasting', () => {
    const document = documentOf('esketamine-intranasal');
    document.sections = document.sections.map((section) => ({ ...section, topics: section.topics.filter((topic) => !['rems', 'observation-two-hours', 'fasting'].includes(topic)) }));
    expect(missingConsentTopics(document)).toEqual(['rems', 'observation-two-hours', 'fasting']);
    expect(issues(document)).toHaveLength(3);
  });

  it('accepts a clinic’s own wording and sections when the topics are covered, and wants a number in the emergency section', () => {
    const document = documentOf('racemic-oral-sublingual');
    const merged = { heading: 'Risks', body: 'Our own words about every risk.', topics: [...requiredRiskTopics] };
    document.sections = [...document.sections.filter((section) => !section.topics.some((topic) => (requiredRiskTopics as readonly string[]).includes(topic))), merged];
    expect(issues(document)).toEqual([]);
    const index = document.sections.findIndex((section) => section.topics.includes('emergency-contacts'));
    document.sections[index] = { ...document.sections[index]!, body: 'Call us.' };
    expect(issues(document)).toEqual([`sections.${index}.body: The emergency section must give a number to call`]);
  });

  it('refuses unknown topics and fields', () => {
    const document = documentOf('racemic-iv-im') as unknown as { sections: { topics: string[] }[]; extra?: boolean };
    document.sections[0]!.topics.push('side-effects');
    document.extra = true;
    expect(issues(document).map((issue) => issue.split(':')[0])).toEqual(['sections.0.topics.2', '']);
  });
});

describe('consentDocumentHash', () => {
  const document = documentOf('esketamine-intranasal');

  it('is a SHA-256 hex digest that does not depend on key order', () => {
    const hash = consentDocumentHash(document);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(consentDocumentHash(document)).toBe(hash);
    const reordered = { sources: document.sources, sections: document.sections.map(({ topics, body, heading }) => ({ topics, body, heading })), title: document.title, kind: document.kind };
    expect(consentDocumentHash(reordered)).toBe(hash);
    expect(consentDocumentHash(JSON.parse(JSON.stringify(document)) as ConsentDocumentContent)).toBe(hash);
  });

  it('changes when any word, the section order, a topic or a source changes', () => {
    const hash = consentDocumentHash(document);
    const edited = structuredClone(document);
    edited.sections[3]!.body = edited.sections[3]!.body.replace('2 hours', '3 hours');
    expect(consentDocumentHash(edited)).not.toBe(hash);
    expect(consentDocumentHash({ ...document, sections: [...document.sections].reverse() })).not.toBe(hash);
    expect(consentDocumentHash({ ...document, sources: document.sources.slice(1) })).not.toBe(hash);
    expect(consentDocumentHash({ ...document, sections: document.sections.map((section, index) => (index === 0 ? { ...section, topics: [] } : section)) })).not.toBe(hash);
  });

  it('hashes a documented canonical form: keys sorted at every depth, no whitespace, UTF-8', () => {
    const tiny: ConsentDocumentContent = { title: 'Tîtle', kind: 'racemic-iv-im', sources: [], sections: [{ topics: ['bladder'], heading: 'H', body: 'B' }] };
    const canonical = '{"kind":"racemic-iv-im","sections":[{"body":"B","heading":"H","topics":["bladder"]}],"sources":[],"title":"Tîtle"}';
    expect(consentDocumentHash(tiny)).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
  });
});

describe('estimateReadingGrade', () => {
  it('rates short plain sentences low and long polysyllabic ones high', () => {
    expect(estimateReadingGrade('The cat sat on the mat. It was a big cat.')).toBeLessThan(2);
    expect(estimateReadingGrade('Administration of subanesthetic racemic ketamine necessitates comprehensive hemodynamic monitoring, appropriately credentialed personnel, and institutional resuscitation capabilities.')).toBeGreaterThan(16);
    expect(estimateReadingGrade('')).toBe(0);
  });
});
