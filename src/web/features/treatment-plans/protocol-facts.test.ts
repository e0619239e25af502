import { describe, expect, it } from 'vitest';
import { defaultProtocols } from '../../../domain/protocols/default-protocols';
import { protocolFacts, unconfirmedMark } from './protocol-facts';

const protocol = (key: string) => defaultProtocols.find((candidate) => candidate.key === key)!;
const byLabel = (facts: ReturnType<typeof protocolFacts>[keyof ReturnType<typeof protocolFacts>]) => Object.fromEntries(facts.map((fact) => [fact.label, fact]));

describe('protocol facts', () => {
  it('marks values from memory, design or clinic settings, and leaves confirmed ones unmarked', () => {
    const facts = protocolFacts(protocol('iv-racemic-depression'));
    const limits = byLabel(facts.limits);
    expect(limits['Highest dose by weight']).toEqual({ label: 'Highest dose by weight', value: '1 mg/kg', unconfirmed: { confidence: 'memory', note: 'Suggested cap for IV psychiatric use.' } });
    expect(limits['Highest dose']?.unconfirmed?.confidence).toBe('clinic-setting');
    const dosing = byLabel(facts.dosing);
    expect(dosing['Starting dose']).toEqual({ label: 'Starting dose', value: '0.5 mg/kg of actual body weight', unconfirmed: null });
    expect(dosing['Infusion time']?.unconfirmed).toBeNull();
    expect(byLabel(facts.monitoring)['Vital signs']).toMatchObject({ value: 'every 15 minutes', unconfirmed: { confidence: 'memory' } });
    expect(byLabel(facts.monitoring)['Fasting']).toEqual({ label: 'Fasting', value: 'no rule in this protocol', unconfirmed: null });
  });

  it('reads the label values of esketamine, and marks the weakest part of a grouped value', () => {
    const facts = protocolFacts(protocol('intranasal-esketamine-trd'));
    const monitoring = byLabel(facts.monitoring);
    expect(monitoring['Fasting']).toEqual({ label: 'Fasting', value: 'no food for 2 hours and no drinks for 30 minutes before', unconfirmed: null });
    expect(monitoring['Observation after the dose, at least']).toEqual({ label: 'Observation after the dose, at least', value: '120 minutes', unconfirmed: null });
    expect(monitoring['Vital signs']?.unconfirmed?.confidence).toBe('design');
    // The US day-1 dose for 65 and over is [S]: the whole line is marked.
    expect(byLabel(facts.dosing)['First session, aged 65 or over']).toMatchObject({ value: 'US 56 mg, EU 28 mg, UK 28 mg', unconfirmed: { confidence: 'secondary' } });
    expect(byLabel(facts.series)['Pattern']?.value).toBe('2 a week for 4 weeks, then 1 a week for 4 weeks');
  });

  it('takes the weakest of several entries', () => {
    expect(
      unconfirmedMark(
        [
          { field: 'monitoring.fasting', confidence: 'memory' },
          { field: 'monitoring.fasting.noFoodHours', confidence: 'clinic-setting', note: 'ours' },
        ],
        'monitoring.fasting',
      ),
    ).toEqual({ confidence: 'clinic-setting', note: 'ours' });
    expect(unconfirmedMark([{ field: 'limits.maxMg', confidence: 'confirmed' }], 'limits.maxMg')).toBeNull();
  });
});
