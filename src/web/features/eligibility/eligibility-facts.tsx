import { Accordion, Table } from '@mantine/core';

const factLabels: Record<string, string> = {
  ageYears: 'Age (years)',
  sexAtBirth: 'Sex at birth',
  pregnant: 'Pregnant',
  breastfeeding: 'Breastfeeding',
  route: 'Route',
  indications: 'Indications',
  conditions: 'Conditions (ICD-10-CM)',
  currentPsychosis: 'Psychosis now',
  currentMania: 'Mania now',
  ketamineMisuseHistory: 'Ketamine misuse history',
  allergies: 'Allergies',
  medications: 'Medications',
  vitals: 'Vital signs',
  cssrsRisk: 'C-SSRS risk',
};

type FactObject = Record<string, unknown>;

function formatObject(value: FactObject): string {
  if ('icd10' in value) return `${String(value.icd10)} (${String(value.status ?? 'active')})`;
  if ('name' in value) return typeof value.doseMgPerDay === 'number' ? `${String(value.name)} ${value.doseMgPerDay} mg/day` : String(value.name);
  if ('systolicMmHg' in value) {
    const pressure = `${String(value.systolicMmHg)}/${String(value.diastolicMmHg)} mmHg`;
    return typeof value.heartRateBpm === 'number' ? `${pressure}, heart rate ${value.heartRateBpm} per minute` : pressure;
  }
  return Object.entries(value).map(([key, entry]) => `${key} ${formatFact(entry)}`).join(', ');
}

function formatFact(value: unknown): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (value === null || value === undefined) return 'Not recorded';
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.map(formatFact).join('; ');
  if (typeof value === 'object') return formatObject(value as FactObject);
  return String(value);
}

/** The facts the rules were given, from the record and the intake; a fact not listed was not known. */
export function EligibilityFacts({ facts }: { facts: Record<string, unknown> }) {
  const entries = Object.entries(facts);
  return (
    <Accordion variant="contained">
      <Accordion.Item value="facts">
        <Accordion.Control>Facts used ({entries.length})</Accordion.Control>
        <Accordion.Panel>
          <Table aria-label="Facts used">
            <Table.Tbody>
              {entries.map(([key, value]) => (
                <Table.Tr key={key}>
                  <Table.Th scope="row">{factLabels[key] ?? key}</Table.Th>
                  <Table.Td>{formatFact(value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
