import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../audit/audit-chain.js';
import type { ProtocolRoute } from '../protocols/protocol-definition.js';

/** One consent document per family of routes: the risks and the legal status differ between them. */
export const consentKinds = ['racemic-iv-im', 'esketamine-intranasal', 'racemic-oral-sublingual'] as const;
export type ConsentKind = (typeof consentKinds)[number];

export function consentKindForRoute(route: ProtocolRoute): ConsentKind {
  switch (route) {
    case 'iv':
    case 'im':
      return 'racemic-iv-im';
    case 'intranasal-esketamine':
      return 'esketamine-intranasal';
    case 'oral':
    case 'sublingual':
      return 'racemic-oral-sublingual';
  }
}

/**
 * What a section of a consent document speaks about. Each section is tagged with its topics, so a clinic's
 * own wording can be checked for completeness without the platform judging the words themselves.
 */
export const consentTopics = [
  'what-it-is',
  'how-it-is-given',
  'off-label',
  'expected-benefits',
  'benefit-not-guaranteed',
  'dissociation',
  'blood-pressure-heart-rate',
  'nausea-vomiting',
  'sedation',
  'misuse-dependence',
  'bladder',
  'unknown-long-term-effects',
  'no-driving',
  'rems',
  'observation-two-hours',
  'fasting',
  'who-should-not-have-it',
  'pregnancy-breastfeeding',
  'medicines-and-substances',
  'alternatives',
  'right-to-stop',
  'emergency-contacts',
] as const;
export type ConsentTopic = (typeof consentTopics)[number];

/** The risks every consent document must name, whatever the route (SPEC.md §2; ASA 2025: educate on adverse effects). */
export const requiredRiskTopics = [
  'dissociation',
  'blood-pressure-heart-rate',
  'nausea-vomiting',
  'sedation',
  'misuse-dependence',
  'bladder',
  'unknown-long-term-effects',
  'no-driving',
] as const satisfies readonly ConsentTopic[];

const requiredForEveryKind: readonly ConsentTopic[] = [
  'what-it-is',
  'expected-benefits',
  'benefit-not-guaranteed',
  ...requiredRiskTopics,
  'alternatives',
  'right-to-stop',
  'emergency-contacts',
];

/**
 * Everything a document of each kind must cover: the common topics, plus off-label status for racemic
 * ketamine (informed consent covering off-label use, SPEC.md §2.5) and, for esketamine, the REMS, the
 * 2-hour observation and the fasting rule of the label (SPEC.md §2.3).
 */
export const requiredConsentTopics: Record<ConsentKind, readonly ConsentTopic[]> = {
  'racemic-iv-im': [...requiredForEveryKind, 'off-label'],
  'esketamine-intranasal': [...requiredForEveryKind, 'rems', 'observation-two-hours', 'fasting'],
  'racemic-oral-sublingual': [...requiredForEveryKind, 'off-label'],
};

export interface ConsentSection {
  heading: string;
  body: string;
  topics: ConsentTopic[];
}

export interface ConsentDocumentContent {
  kind: ConsentKind;
  title: string;
  sections: ConsentSection[];
  sources: string[];
}

/** The required topics of its kind that no section of the document is tagged with. */
export function missingConsentTopics(content: Pick<ConsentDocumentContent, 'kind' | 'sections'>): ConsentTopic[] {
  const covered = new Set(content.sections.flatMap((section) => section.topics));
  return requiredConsentTopics[content.kind].filter((topic) => !covered.has(topic));
}

const text = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);

/**
 * A consent document as a clinic publishes a new version of it. Refused unless every required topic of its
 * kind is covered by some section, and unless the emergency section gives a number to call (988, 911, …).
 */
export const consentDocumentContentSchema = z
  .object({
    kind: z.enum(consentKinds),
    title: text(200),
    sections: z
      .array(z.object({ heading: text(200), body: text(6000), topics: z.array(z.enum(consentTopics)).max(10).default([]) }).strict())
      .min(1)
      .max(60),
    sources: z.array(text(400)).max(30).default([]),
  })
  .strict()
  .superRefine((content, context) => {
    for (const topic of missingConsentTopics(content)) {
      context.addIssue({ code: 'custom', path: ['sections'], message: `No section covers the required topic "${topic}"` });
    }
    content.sections.forEach((section, index) => {
      if (section.topics.includes('emergency-contacts') && !/\d{3}/.test(section.body))
        context.addIssue({ code: 'custom', path: ['sections', index, 'body'], message: 'The emergency section must give a number to call' });
    });
  });

/**
 * SHA-256 (hex) of the document as canonical JSON (keys sorted at every depth; section order kept), so a
 * patient's signature can name exactly the text they read. Hash the parsed content, as it is stored.
 */
export function consentDocumentHash(content: ConsentDocumentContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
