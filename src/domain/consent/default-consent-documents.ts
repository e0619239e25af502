import { clinicalSources as sources } from '../protocols/clinical-sources.js';
import type { ConsentDocumentContent, ConsentSection } from './consent-document.js';

/*
 * The default consent documents, written for this project in plain words (aimed at an 8th-grade reader),
 * from the facts in SPEC.md §2 and §4. No label or leaflet text is copied. Figures name their study so a
 * clinic can check them; a clinic publishes its own version through `consentDocumentContentSchema`.
 */

const section = (heading: string, topics: ConsentSection['topics'], ...paragraphs: string[]): ConsentSection => ({ heading, body: paragraphs.join('\n\n'), topics });

// Risk sections shared by the racemic (off-label) documents; esketamine has its own, with label figures.
const racemicRisks: ConsentSection[] = [
  section(
    'Feeling detached or unreal',
    ['dissociation'],
    'During a session you may feel detached from your body or from what is around you. Sights, sounds and time may seem strange. This is called dissociation. It is common, and it usually fades within an hour or two of the dose.',
    'It can feel scary. Staff stay close by and can talk you through it. Tell them if you feel upset.',
  ),
  section(
    'Blood pressure and heart rate',
    ['blood-pressure-heart-rate'],
    'Ketamine raises blood pressure and heart rate for a while. We check them before the dose and often during the session. If they go too high, we slow down or stop the dose. Tell us if you have heart problems, a past stroke, or high blood pressure.',
  ),
  section('Feeling sick', ['nausea-vomiting'], 'Some people feel sick to their stomach or throw up. We can give you medicine to help with this.'),
  section(
    'Sleepiness',
    ['sedation'],
    'You may feel very sleepy, dizzy or unsteady. In rare cases a person becomes hard to wake. Staff watch your breathing and oxygen level the whole time, and they have the training and equipment to help.',
  ),
  section(
    'Misuse and dependence',
    ['misuse-dependence'],
    'Some people misuse ketamine to get high, and some come to depend on it. That is why it is a controlled drug under federal law. You will only get it here, with staff watching you. We do not give ketamine to take home.',
    'Tell us if you have ever had a problem with alcohol or drugs, or if you start to want ketamine outside of your treatment.',
  ),
  section(
    'Bladder problems',
    ['bladder'],
    'People who take ketamine often or in large amounts, as in misuse, can get serious bladder damage. Signs are pain when you pee, needing to pee often or in a rush, and blood in your pee. The risk at treatment doses is thought to be low, but it has not been well studied. Tell us right away if you notice any of these signs.',
  ),
  section(
    'Long-term effects are not known',
    ['unknown-long-term-effects'],
    'Most studies followed people for weeks or months. No one knows for sure what repeated treatment does over many years.',
  ),
  section(
    'No driving until the next day',
    ['no-driving'],
    'Do not drive, ride a bike, or use machines or tools until the next day, after a night of restful sleep. An adult must take you home, or we will help you arrange a ride. Do not make big decisions on the day of a session.',
  ),
];

const medicinesAndPregnancy = section(
  'Tell us first',
  ['pregnancy-breastfeeding', 'medicines-and-substances'],
  'Tell us if you are pregnant, might be pregnant, or are breastfeeding. We do not give this treatment during pregnancy.',
  'Tell us about every medicine and drug you take, and about alcohol. Some medicines for anxiety or sleep, called benzodiazepines, may make ketamine work less well. Stimulants and some older antidepressants called MAOIs can push your blood pressure up more. Opioids, sleeping pills and alcohol can make you too sleepy. Do not drink alcohol on the day of a session.',
);

const rightToStop = section(
  'Your right to stop',
  ['right-to-stop'],
  'Saying yes is your choice. You can ask questions at any time. You can stop a session, stop the treatment, or take back this consent at any time, just by telling any member of staff. You do not have to give a reason. Stopping will not change the rest of your care here.',
);

const emergencyContacts = (extra?: string) =>
  section(
    'If you need help',
    ['emergency-contacts'],
    'If you have a problem after a session, call the clinic.',
    'If you have chest pain, trouble breathing, or another emergency, call 911.',
    `If you are thinking about suicide or are in crisis, call or text 988 to reach the 988 Suicide & Crisis Lifeline, any time of day or night.${extra ? ` ${extra}` : ''}`,
  );

const racemicIvIm: ConsentDocumentContent = {
  kind: 'racemic-iv-im',
  title: 'Consent for ketamine treatment by IV drip or shot',
  sections: [
    section(
      'What this treatment is',
      ['what-it-is', 'how-it-is-given'],
      'Ketamine is a medicine first made for anesthesia, to put people to sleep for surgery. At much lower doses, it is used to treat depression and some other mental health problems.',
      'You will get it in one of two ways. With an IV, it drips slowly into a vein through a thin tube, usually over 40 minutes. With a shot, it goes into a muscle. Your dose is based on your weight. Staff check your blood pressure, heart rate and oxygen during the session, and you stay with us for at least an hour after the dose. A first course is often 6 sessions over 2 to 3 weeks.',
    ),
    section(
      'This is an off-label use',
      ['off-label'],
      'The U.S. Food and Drug Administration (FDA) has approved ketamine for anesthesia. It has not approved ketamine for depression or other mental health problems. Using a medicine for a purpose it is not approved for is called off-label use. It is legal and common, but it means the FDA has not checked that it is safe and works for this purpose.',
      'A related medicine, esketamine (Spravato), is a nasal spray that the FDA has approved for some kinds of depression.',
    ),
    section(
      'How it may help',
      ['expected-benefits'],
      'In studies, ketamine often eased depression within hours or days. In a large study of patients at community clinics (McInnes 2022), about half (54%) had their depression scores fall by half or more after their first course. About 3 in 10 (29%) had few or no symptoms left. In another clinic study (Oliver 2022), half of patients improved this much within 6 weeks, and 1 in 5 had few or no symptoms.',
      'Most studies used the IV drip. There are fewer studies of shots into a muscle.',
    ),
    section(
      'It may not work, and the effect may fade',
      ['benefit-not-guaranteed'],
      'Ketamine does not work for everyone. In those studies, about half of people did not improve this much. When it does help, the effect often fades over weeks. In one study, about 8 in 10 people who improved were still better 4 weeks later, and about 6 in 10 after 8 weeks, without more treatment. Some people need booster sessions.',
      'We will ask you to fill in short questionnaires, so we can see together whether it is helping.',
    ),
    ...racemicRisks,
    medicinesAndPregnancy,
    section(
      'Other choices',
      ['alternatives'],
      'You do not have to have ketamine. Other choices include antidepressant pills, talk therapy, esketamine nasal spray, magnetic brain stimulation (TMS), and electroconvulsive therapy (ECT). You can also choose no new treatment. Your clinician can go over the good and bad points of each with you.',
    ),
    rightToStop,
    emergencyContacts(),
  ],
  sources: [sources.mcinnes2022, sources.oliver2022, sources.murrough2013, sources.cochrane2021, sources.sanacora2017, sources.andrade2017, sources.asa2025],
};

const esketamineIntranasal: ConsentDocumentContent = {
  kind: 'esketamine-intranasal',
  title: 'Consent for esketamine (Spravato) nasal spray',
  sections: [
    section(
      'What this treatment is',
      ['what-it-is', 'how-it-is-given'],
      'Esketamine is a form of ketamine made as a nasal spray. Its brand name is Spravato. The FDA has approved it for adults with depression that has not gotten better with other treatment. It can be used alone or with an antidepressant pill. It is also approved for adults with depression who have recently had suicidal thoughts or actions.',
      'You use the spray in your nose here at the clinic while staff watch. Each spray device holds 28 mg. Most doses use 2 or 3 devices, with 5 minutes between them.',
      'The usual plan is twice a week for the first 4 weeks, then once a week for weeks 5 to 8, then once a week or every 2 weeks. The first dose is usually 56 mg. In some countries, people aged 65 or older start at 28 mg. After that, the dose is usually 56 or 84 mg.',
    ),
    section(
      'A safety program (REMS)',
      ['rems'],
      'Because esketamine can cause strong sleepiness and detachment, and can be misused, it is only available through a safety program called the Spravato REMS. This means it can only be given in a certified health care setting like this one. You cannot take it home.',
    ),
    section(
      'Before each dose',
      ['fasting'],
      'Do not eat for 2 hours before your dose. Do not drink anything, even water, for 30 minutes before it. Some people feel sick or throw up after a dose, and this helps.',
    ),
    section(
      'You stay with us for at least 2 hours',
      ['observation-two-hours'],
      'After each dose, you must stay at the clinic for at least 2 hours so staff can watch you. We check your blood pressure before the dose and about 40 minutes after it, and more often if needed. A clip on your finger checks your oxygen level. You can leave only when staff agree you are stable.',
    ),
    section(
      'How it may help',
      ['expected-benefits'],
      'One study led to its approval for use alone in 2025. In that study, people used esketamine with no other antidepressant. After 4 weeks, about 1 in 5 of them (22.5%) had few or no symptoms left. Of people who used a spray with no medicine in it, about 1 in 13 (7.6%) did.',
    ),
    section(
      'It may not work, and the effect may fade',
      ['benefit-not-guaranteed'],
      'Esketamine does not work for everyone. In that study, most people did not reach that point by 4 weeks. We check at the end of the first 4 weeks whether it is helping. If it helps, you will likely need ongoing sessions to keep the benefit, and the benefit may fade if you stop.',
    ),
    section(
      'Feeling detached or unreal',
      ['dissociation'],
      'Most people (61 to 75 out of 100 in studies) feel detached from their body or surroundings for a while after a dose. Sights, sounds and time may seem strange. This is called dissociation. It usually fades within the 2 hours you stay with us. Staff stay close by.',
    ),
    section(
      'Sleepiness',
      ['sedation'],
      'About half of people (48 to 61 out of 100 in studies) get very sleepy. A very small number of people (fewer than 1 in 200) could not be woken up. Staff watch your breathing and oxygen level, and they are trained to help.',
    ),
    section(
      'Blood pressure and heart rate',
      ['blood-pressure-heart-rate'],
      'Esketamine can raise your blood pressure and heart rate for a while after a dose. If your blood pressure is high before a dose (over 140/90), we may wait or skip that day. Tell us if you have heart problems, a past stroke, or high blood pressure.',
    ),
    section('Feeling sick', ['nausea-vomiting'], 'Some people feel sick to their stomach or throw up. Not eating or drinking before the dose helps. We can also give you medicine for it.'),
    section(
      'Misuse and dependence',
      ['misuse-dependence'],
      'Like ketamine, esketamine can be misused, and people can come to depend on it. It is a controlled drug under federal law. Tell us if you have ever had a problem with alcohol or drugs.',
    ),
    section(
      'Bladder problems',
      ['bladder'],
      'People who take ketamine often or in large amounts, as in misuse, can get serious bladder damage. Esketamine is a form of ketamine. Tell us right away if you have pain when you pee, need to pee often or in a rush, or see blood in your pee.',
    ),
    section('Long-term effects are not known', ['unknown-long-term-effects'], 'No one knows for sure what many years of treatment do. Studies so far have followed people for a shorter time.'),
    section(
      'No driving until the next day',
      ['no-driving'],
      'Do not drive or use machines until the next day, after a night of restful sleep. Plan for someone to take you home after each session.',
    ),
    section(
      'Who should not use it',
      ['who-should-not-have-it'],
      'Do not use esketamine if you have a bulge or weak spot in a large blood vessel. This is called an aneurysm. It can be in your chest, belly, brain, arms or legs. Do not use it if you have a tangle of blood vessels called an AVM. Do not use it if you have ever had bleeding in the brain. Do not use it if you are allergic to esketamine or ketamine.',
    ),
    section(
      'Tell us first',
      ['pregnancy-breastfeeding', 'medicines-and-substances'],
      'Esketamine may harm an unborn baby. Tell us if you are pregnant, might be pregnant, or plan to become pregnant. Do not breastfeed while you use it.',
      'Tell us about every medicine and drug you take, and about alcohol. Opioids, sleeping pills, anxiety medicines and alcohol can make you too sleepy. Stimulants and some older antidepressants called MAOIs can push your blood pressure up more.',
    ),
    section(
      'Other choices',
      ['alternatives'],
      'You do not have to use esketamine. Other choices include other antidepressant pills, talk therapy, ketamine by IV drip (an off-label use), magnetic brain stimulation (TMS), and electroconvulsive therapy (ECT). You can also choose no new treatment. Your clinician can go over the good and bad points of each with you.',
    ),
    rightToStop,
    emergencyContacts('Esketamine does not take the place of hospital care when someone is at high risk of suicide.'),
  ],
  sources: [sources.spravatoUs, sources.spravatoSummaries, sources.spravatoUk, sources.spravatoMonotherapy, sources.andrade2017],
};

const racemicOralSublingual: ConsentDocumentContent = {
  kind: 'racemic-oral-sublingual',
  title: 'Consent for ketamine by mouth (swallowed or under the tongue)',
  sections: [
    section(
      'What this treatment is',
      ['what-it-is', 'how-it-is-given'],
      'Ketamine is a medicine first made for anesthesia, to put people to sleep for surgery. At much lower doses, it is used to treat depression.',
      'You take a set dose by mouth at the clinic, while staff watch. You either swallow it or let a lozenge melt under your tongue. Only about a quarter of the dose gets into your blood this way, and the amount differs from person to person. So the effect is harder to predict than with an IV drip. You stay with us for at least 2 hours after the dose.',
    ),
    section(
      'This is an off-label use, and it is still being studied',
      ['off-label'],
      'The U.S. Food and Drug Administration (FDA) has approved ketamine for anesthesia. It has not approved ketamine for depression. Using a medicine for a purpose it is not approved for is called off-label use. It is legal, but it means the FDA has not checked that it is safe and works for this purpose.',
      'One expert review (Andrade 2019) called ketamine by mouth for depression experimental. This means it is still being studied.',
    ),
    section(
      'How it may help',
      ['expected-benefits'],
      'Most of what we know about ketamine for depression comes from studies of the IV drip. In those, about half of people improved a lot after a first course. There are fewer and smaller studies of ketamine by mouth. So we cannot tell you how often it helps.',
    ),
    section(
      'It may not work, and the effect may fade',
      ['benefit-not-guaranteed'],
      'Ketamine does not work for everyone, and any benefit may fade over weeks. We will ask you to fill in short questionnaires, so we can see together whether it is helping and decide whether to go on.',
    ),
    ...racemicRisks,
    medicinesAndPregnancy,
    section(
      'Other choices',
      ['alternatives'],
      'You do not have to have ketamine. Other choices include antidepressant pills, talk therapy, ketamine by IV drip, esketamine nasal spray, magnetic brain stimulation (TMS), and electroconvulsive therapy (ECT). You can also choose no new treatment. Your clinician can go over the good and bad points of each with you.',
    ),
    rightToStop,
    emergencyContacts(),
  ],
  sources: [sources.andrade2019, sources.mcinnes2022, sources.oliver2022, sources.andrade2017, sources.asa2025],
};

export const defaultConsentDocuments: ConsentDocumentContent[] = [racemicIvIm, esketamineIntranasal, racemicOralSublingual];
