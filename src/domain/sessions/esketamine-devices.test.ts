import { describe, expect, it } from 'vitest';
import { deviceAdministrationProblem, minutesBetweenDevices, nextDeviceAllowedAt } from './esketamine-devices.js';

const first = new Date('2026-03-10T14:00:00Z');
const after = (minutes: number, seconds = 0) => new Date(first.getTime() + minutes * 60_000 + seconds * 1000);

describe('minutesBetweenDevices', () => {
  it('is the Spravato label 5 minutes', () => {
    expect(minutesBetweenDevices).toBe(5);
  });
});

describe('nextDeviceAllowedAt', () => {
  it.each<[string, Date[], string | null]>([
    ['before any device', [], null],
    ['after one device', [first], '2026-03-10T14:05:00.000Z'],
    ['after two devices', [first, after(6)], '2026-03-10T14:11:00.000Z'],
    ['counts from the latest, whatever the order', [after(6), first], '2026-03-10T14:11:00.000Z'],
  ])('%s', (_name, given, expected) => {
    expect(nextDeviceAllowedAt(given)?.toISOString() ?? null).toBe(expected);
  });
});

describe('deviceAdministrationProblem', () => {
  it.each<[string, Date[], Date, number, string | null]>([
    ['the first device', [], first, 2, null],
    ['4:59 after the first: too soon', [first], after(4, 59), 2, 'Too soon: wait 1 second more. Leave 5 minutes between devices.'],
    ['5:00 after the first: allowed', [first], after(5), 2, null],
    ['7:00 after the first: allowed', [first], after(7), 3, null],
    ['2:00 after the first', [first], after(2), 2, 'Too soon: wait 3 min more. Leave 5 minutes between devices.'],
    ['2:30 after the first', [first], after(2, 30), 2, 'Too soon: wait 2 min 30 s more. Leave 5 minutes between devices.'],
    ['third device 4:59 after the second', [first, after(5)], after(9, 59), 3, 'Too soon: wait 1 second more. Leave 5 minutes between devices.'],
    ['third device 5:00 after the second', [first, after(5)], after(10), 3, null],
    ['both of two planned devices given', [first, after(5)], after(20), 2, 'All 2 devices planned for this session have been given.'],
    ['the one planned device given', [first], after(20), 1, 'All 1 device planned for this session has been given.'],
    ['a time before the last device', [first, after(5)], after(3), 3, 'This time is before the last device recorded: check the time.'],
    ['nothing planned', [], first, 0, 'No devices are planned for this session.'],
  ])('%s', (_name, given, atTime, planned, expected) => {
    expect(deviceAdministrationProblem(given, atTime, planned)).toBe(expected);
  });
});
