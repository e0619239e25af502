/**
 * The citations behind the default protocols and consent documents, written as SPEC.md §4 and §6 give them
 * (no detail added from memory). One place, so a protocol and its consent document cite the same words.
 */
export const clinicalSources = {
  murrough2013: 'Murrough et al. 2013, Am J Psychiatry (PMID 23982301): single IV ketamine 0.5 mg/kg over 40 min vs midazolam, treatment-resistant depression',
  feder2014: 'Feder et al. 2014, JAMA Psychiatry 71(6):681–688: single IV ketamine 0.5 mg/kg over 40 min, chronic PTSD',
  feder2021: 'Feder et al. 2021, Am J Psychiatry: six IV ketamine infusions over two weeks (three a week), 0.5 mg/kg vs midazolam, PTSD',
  oliver2022: 'Oliver et al. 2022, J Clin Psychiatry 83(6):21m14336 (PMID 36112599): 0.5 mg/kg over 40 min, six infusions within 21 days, then maintenance by response',
  mcinnes2022: 'McInnes et al. 2022, J Affect Disord (DOI 10.1016/j.jad.2021.12.097; PMID 35027209): induction of 4–8 IV infusions over 7–28 days in community clinics',
  cochrane2021: 'Cochrane review CD011612 (2021): ketamine vs midazolam in unipolar major depression',
  sanacora2017: 'Sanacora et al. 2017, APA Council of Research consensus statement, JAMA Psychiatry 74(4):399–405',
  andrade2017: 'Andrade 2017, J Clin Psychiatry: ketamine drug interactions',
  andrade2019: 'Andrade 2019, J Clin Psychiatry: oral ketamine for depression',
  ketalarLabel: 'Ketalar (racemic ketamine) label, as summarised by droracle: dilute the 100 mg/mL strength before IV use',
  asa2025: 'American Society of Anesthesiologists 2025, Guidance on the Safe Use of Ketamine Outside of Acute Pain Management and Procedural Sedation (asahq.org)',
  askp2020: 'ASKP3 2020, Standards of Practice in the Therapeutic Use of Subanesthetic Ketamine (askp.org)',
  spravatoUs: 'Spravato (esketamine) nasal spray: US prescribing information, patient information and REMS (spravatohcp.com dosing page; label text)',
  spravatoSummaries: 'Spravato label summaries: MIMS; Medical News Today; Healthline; Oncology Nurse Advisor',
  spravatoUk: 'Spravato UK product information (starting dose in patients aged 65 and over)',
  spravatoMonotherapy: 'Esketamine monotherapy trial TRD4005, basis of the January 2025 US label (epocrates; iamaimed)',
  specPractice: 'Ketaclinic clinical reference SPEC.md §2: common practice noted from memory [M], not verified against a primary source',
} as const;
export type ClinicalSourceKey = keyof typeof clinicalSources;
