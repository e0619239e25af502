/**
 * What the public clinic page tells a prospective patient about ketamine therapy, written in our own words from
 * the sources SPEC.md §2, §4 and §6 lists (no text copied from them). Every statement cites at least one source;
 * a statement resting on something SPEC.md marks as unconfirmed ([M]) says so, and those marked [X] are left out.
 * The risks are given as plainly as the benefits, and the benefit figures say what kind of study they come from.
 */

export const citationIds = [
  'mcinnes2022',
  'oliver2022',
  'cochrane2021',
  'spravatoLabel',
  'esketamineMonotherapy2025',
  'sanacora2017',
  'asa2025',
  'askp2021',
  'askp2024',
  'andrade2017',
  'andrade2019',
  'andrashko2020',
  'oncologyNurseAdvisor',
] as const;
export type CitationId = (typeof citationIds)[number];

export interface Citation {
  id: CitationId;
  /** Authors or issuing body, as SPEC.md names them. */
  author: string;
  /** The work's title where SPEC.md records it; null where SPEC.md records only the journal and identifier. */
  title: string | null;
  /** What the work is, in our words. */
  description: string;
  /** The journal, or who publishes it. */
  publisher: string;
  year: number | null;
  /** From the DOI or PubMed id SPEC.md gives, or the site it names; null when it gives neither. */
  url: string | null;
}

export const citations: Readonly<Record<CitationId, Citation>> = {
  mcinnes2022: {
    id: 'mcinnes2022',
    author: 'McInnes et al.',
    title: null,
    description: 'Retrospective analysis of intravenous ketamine for depression at 178 US community clinics, 2016–2020 (537 patients analysed)',
    publisher: 'Journal of Affective Disorders',
    year: 2022,
    url: 'https://doi.org/10.1016/j.jad.2021.12.097',
  },
  oliver2022: {
    id: 'oliver2022',
    author: 'Oliver et al.',
    title: null,
    description: 'Retrospective chart review of 424 patients with treatment-resistant depression given intravenous ketamine at a multisite private clinic',
    publisher: 'Journal of Clinical Psychiatry 83(6):21m14336',
    year: 2022,
    url: 'https://pubmed.ncbi.nlm.nih.gov/36112599/',
  },
  cochrane2021: {
    id: 'cochrane2021',
    author: 'Cochrane review CD011612',
    title: null,
    description: 'Systematic review of randomised trials comparing ketamine with midazolam in unipolar major depression',
    publisher: 'Cochrane Database of Systematic Reviews',
    year: 2021,
    url: null,
  },
  spravatoLabel: {
    id: 'spravatoLabel',
    author: 'SPRAVATO (esketamine) nasal spray',
    title: null,
    description: 'US prescribing information, patient information and REMS materials for healthcare professionals',
    publisher: 'spravatohcp.com',
    year: 2025,
    url: 'https://www.spravatohcp.com/',
  },
  esketamineMonotherapy2025: {
    id: 'esketamineMonotherapy2025',
    author: 'Epocrates',
    title: null,
    description: 'News report of the FDA approval of esketamine as monotherapy for treatment-resistant depression (January 2025)',
    publisher: 'Epocrates',
    year: 2025,
    url: null,
  },
  sanacora2017: {
    id: 'sanacora2017',
    author: 'Sanacora et al., American Psychiatric Association Council of Research',
    title: null,
    description: 'Consensus statement on ketamine in mood disorders; by its own terms not a standard, guideline or absolute requirement',
    publisher: 'JAMA Psychiatry 74(4):399–405',
    year: 2017,
    url: null,
  },
  asa2025: {
    id: 'asa2025',
    author: 'American Society of Anesthesiologists',
    title: 'Guidance on the Safe Use of Ketamine Outside of Acute Pain Management and Procedural Sedation',
    description: 'Guidance for clinicians who use ketamine outside anaesthesia',
    publisher: 'asahq.org',
    year: 2025,
    url: 'https://www.asahq.org/',
  },
  askp2021: {
    id: 'askp2021',
    author: 'American Society of Ketamine Physicians, Psychotherapists & Practitioners (ASKP3)',
    title: null,
    description: 'Statement opposing intravenous ketamine at home or in hotels without an in-person evaluation',
    publisher: 'askp.org',
    year: 2021,
    url: 'https://askp.org/',
  },
  askp2024: {
    id: 'askp2024',
    author: 'American Society of Ketamine Physicians, Psychotherapists & Practitioners (ASKP3)',
    title: null,
    description: 'Basics of administration and practice pledge: the same standards for every route (intravenous, intramuscular, intranasal, oral)',
    publisher: 'askp.org',
    year: 2024,
    url: 'https://askp.org/',
  },
  andrade2017: {
    id: 'andrade2017',
    author: 'Andrade',
    title: null,
    description: 'Review of drug interactions with ketamine',
    publisher: 'Journal of Clinical Psychiatry',
    year: 2017,
    url: null,
  },
  andrade2019: {
    id: 'andrade2019',
    author: 'Andrade',
    title: null,
    description: 'Review of oral ketamine for depression',
    publisher: 'Journal of Clinical Psychiatry',
    year: 2019,
    url: null,
  },
  andrashko2020: {
    id: 'andrashko2020',
    author: 'Andrashko et al.',
    title: null,
    description: 'Study of benzodiazepine use and the antidepressant response to ketamine',
    publisher: 'Frontiers in Psychiatry',
    year: 2020,
    url: null,
  },
  oncologyNurseAdvisor: {
    id: 'oncologyNurseAdvisor',
    author: 'Oncology Nurse Advisor',
    title: null,
    description: 'Drug summary of esketamine (SPRAVATO) for nurses',
    publisher: 'Oncology Nurse Advisor',
    year: null,
    url: null,
  },
};

export interface InformationStatement {
  text: string;
  citations: readonly CitationId[];
  /** Rests on a source SPEC.md could only partly check: the page says so next to it. */
  unconfirmed?: string;
}

export const informationSectionIds = ['what-it-is', 'what-it-is-not', 'benefits', 'risks', 'not-for'] as const;
export type InformationSectionId = (typeof informationSectionIds)[number];

export interface InformationSection {
  id: InformationSectionId;
  heading: string;
  statements: readonly InformationStatement[];
}

export const ketamineInformation: readonly InformationSection[] = [
  {
    id: 'what-it-is',
    heading: 'What ketamine therapy is',
    statements: [
      {
        text: 'Ketamine is an anaesthetic medicine. In much smaller doses than those used for anaesthesia, it is used to treat depression that has not improved with other treatments.',
        citations: ['asa2025', 'cochrane2021'],
      },
      {
        text: 'It comes in two forms. Racemic ketamine is most often given as a drip into a vein (an intravenous infusion) of 0.5 mg for each kilogram of body weight over 40 minutes; for depression this is an "off-label" use, outside the medicine\'s licence. Esketamine (SPRAVATO) is a nasal spray approved by the US Food and Drug Administration for treatment-resistant depression, and since January 2025 it may be used on its own, without an antidepressant tablet.',
        citations: ['oliver2022', 'spravatoLabel', 'esketamineMonotherapy2025'],
      },
      {
        text: 'Treatment starts with a series of sessions over a few weeks, called induction: for example six infusions within 21 days, or esketamine twice a week for four weeks. Whether and how often to continue after that depends on how much it helped.',
        citations: ['oliver2022', 'mcinnes2022', 'spravatoLabel'],
      },
      {
        text: 'Every session takes place at the clinic under supervision. Blood pressure is checked before and after the dose and oxygen levels are monitored; after esketamine, a healthcare professional watches over you for at least two hours before you leave.',
        citations: ['spravatoLabel', 'asa2025'],
      },
    ],
  },
  {
    id: 'what-it-is-not',
    heading: 'What it is not',
    statements: [
      {
        text: 'It is not a sure cure. In the largest studies of community clinics, about half of the patients improved by at least half after the first series of sessions, and fewer than a third reached remission (very few symptoms left).',
        citations: ['mcinnes2022', 'oliver2022'],
      },
      {
        text: 'It is not emergency care. Anyone in immediate danger of harming themselves needs emergency services or a hospital first; the esketamine label states that it does not take the place of hospital care.',
        citations: ['spravatoLabel'],
      },
      {
        text: 'It is not something to start without seeing a clinician in person. Professional bodies advise an in-person evaluation first, and treatment as one part of a wider plan with regular face-to-face visits, a defined goal and end point, and the lowest dose that works.',
        citations: ['asa2025', 'askp2021'],
      },
      {
        text: 'Taking ketamine by mouth for depression is still regarded as experimental.',
        citations: ['andrade2019'],
      },
      {
        text: 'There is no research-based schedule for sessions after the first series; how often, and for how long, is decided case by case.',
        citations: ['oliver2022'],
      },
    ],
  },
  {
    id: 'benefits',
    heading: 'What the research shows it can do',
    statements: [
      {
        text: 'In randomised trials comparing ketamine with a sedative used as an active placebo (midazolam), 46.5% of people with depression responded one day after treatment, against 25.9%. These figures come from 4 small trials with 296 people in all, and say nothing about the longer term.',
        citations: ['cochrane2021'],
      },
      {
        text: 'In records from 178 US community clinics, 53.6% of 537 patients responded (their depression score fell by at least half) and 28.9% were in remission 14 to 31 days after their first series of infusions. These figures come from clinic records, not from a controlled trial.',
        citations: ['mcinnes2022'],
      },
      {
        text: 'In another multisite clinic review of 424 patients, 50% responded and 20% were in remission within six weeks.',
        citations: ['oliver2022'],
      },
      {
        text: 'The benefit can fade: of those who responded, about 80% still had the response four weeks later and about 60% eight weeks later without further sessions.',
        citations: ['mcinnes2022'],
      },
      {
        text: 'In the trial behind the 2025 approval of esketamine on its own, 22.5% were in remission after four weeks, compared with 7.6% in the comparison group.',
        citations: ['spravatoLabel'],
      },
    ],
  },
  {
    id: 'risks',
    heading: 'Risks and side effects',
    statements: [
      {
        text: 'Most people feel strange or detached from their body or surroundings during and shortly after a dose (dissociation): 61–75% of people in the esketamine trials. Between 48% and 61% became sleepy or sedated, and 0.3–0.4% briefly lost consciousness.',
        citations: ['spravatoLabel'],
      },
      {
        text: 'Blood pressure rises after a dose. It is measured before the dose and about 40 minutes after, and treatment may be delayed if it is above 140/90 beforehand.',
        citations: ['spravatoLabel', 'oncologyNurseAdvisor'],
      },
      {
        text: 'Some people get worse. In the community-clinic study, 8.4% had more severe depression after the first series and 6.0% had more thoughts of suicide. Tell the clinic at once if your mood or thoughts get worse.',
        citations: ['mcinnes2022'],
      },
      {
        text: 'You must not drive until the next day, after a night\'s sleep, so you need a ride home arranged.',
        citations: ['spravatoLabel'],
      },
      {
        text: 'Ketamine and esketamine are controlled substances (Schedule III) because they can be misused. A clinic must guard its stock and watch for misuse.',
        citations: ['spravatoLabel', 'asa2025'],
      },
      {
        text: 'Other medicines and substances matter. Benzodiazepines (such as diazepam) may weaken the effect; opioids, alcohol and other sedating drugs add to drowsiness and can slow breathing; stimulants and MAOI antidepressants can raise blood pressure further. Tell the clinic about everything you take.',
        citations: ['andrade2017', 'andrashko2020', 'spravatoLabel'],
      },
      {
        text: 'Little is known about the effects of repeated treatment over months or years, because the studies were short.',
        citations: ['sanacora2017', 'oliver2022'],
        unconfirmed: 'The consensus statement\'s text on long-term data could only partly be checked.',
      },
    ],
  },
  {
    id: 'not-for',
    heading: 'Who it is not for',
    statements: [
      {
        text: 'People allergic to ketamine or esketamine.',
        citations: ['spravatoLabel'],
      },
      {
        text: 'For esketamine: people with a bulging or weakened blood vessel (an aneurysm) in the chest, abdomen, brain or limbs, an abnormal tangle of blood vessels (arteriovenous malformation), or a past bleed inside the brain.',
        citations: ['spravatoLabel'],
      },
      {
        text: 'People who are pregnant, because esketamine may harm an unborn baby; and, for esketamine, people who are breastfeeding.',
        citations: ['spravatoLabel'],
      },
      {
        text: 'Children and teenagers under 18: esketamine is not approved for them.',
        citations: ['spravatoLabel'],
      },
      {
        text: 'Anyone at immediate risk of suicide, who needs emergency care first.',
        citations: ['spravatoLabel'],
      },
      {
        text: 'Clinics also assess, and may delay or decline treatment for, people with current psychosis or mania, high blood pressure or serious heart disease that is not under control, or active drug or alcohol misuse.',
        citations: ['sanacora2017', 'spravatoLabel'],
        unconfirmed: 'These recommendations could only partly be checked against the consensus statement\'s full text.',
      },
    ],
  },
];

/** The sources cited by the sections, then by anything else on the page (`alsoCited`), once each in order of first citation. */
export function citedSources(sections: readonly InformationSection[] = ketamineInformation, alsoCited: readonly CitationId[] = []): Citation[] {
  const seen = new Set<CitationId>();
  for (const section of sections) for (const statement of section.statements) for (const id of statement.citations) seen.add(id);
  for (const id of alsoCited) seen.add(id);
  return [...seen].map((id) => citations[id]);
}
