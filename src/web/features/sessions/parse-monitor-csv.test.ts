import { describe, expect, it } from 'vitest';
import { maxMonitorReadings, parseMonitorCsv } from './parse-monitor-csv';

const day = '2025-03-03';
const at = (hours: number, minutes: number, seconds = 0) => new Date(2025, 2, 3, hours, minutes, seconds).toISOString();

describe('parseMonitorCsv', () => {
  it('reads one reading a line, skipping the header and blank lines; blank values are left out', () => {
    const text = 'time,systolic,diastolic,hr,spo2,rr\r\n\n09:30,128,82,76,98,14\n  \n09:45:30, 141 ,88,,97,\n2025-03-03T10:00:00Z,150,90,80,96,12\n';
    expect(parseMonitorCsv(text, day)).toEqual({
      kind: 'parsed',
      readings: [
        { measuredAt: at(9, 30), systolicMmHg: 128, diastolicMmHg: 82, heartRateBpm: 76, spo2Percent: 98, respiratoryRatePerMin: 14 },
        { measuredAt: at(9, 45, 30), systolicMmHg: 141, diastolicMmHg: 88, spo2Percent: 97 },
        { measuredAt: '2025-03-03T10:00:00.000Z', systolicMmHg: 150, diastolicMmHg: 90, heartRateBpm: 80, spo2Percent: 96, respiratoryRatePerMin: 12 },
      ],
    });
  });

  it('reads text without a header too', () => {
    const result = parseMonitorCsv('09:30,120,80,70,99,16', day);
    expect(result.kind).toBe('parsed');
  });

  it('names every bad line and charts nothing', () => {
    const text = ['time,systolic,diastolic,hr,spo2,rr', '09:30,120,80,70,99,16', '9:3x,120,80,70,99,16', '09:40,120,80,70', '09:45,120,80,700,99,16', '', '09:50,80,120,70,99,16', '09:55,,,,,', '25:00,120,80,70,99,16', '09:58,12O,80,70,99,16'].join('\n');
    expect(parseMonitorCsv(text, day)).toEqual({
      kind: 'invalid',
      problems: [
        { line: 3, message: 'Line 3: "9:3x" is not a time; write 09:30, 09:30:15 or a full date and time.' },
        { line: 4, message: 'Line 4: expected 6 values (time, systolic, diastolic, hr, spo2, rr), found 4.' },
        { line: 5, message: 'Line 5: Heart rate above 250 is not plausible; check the entry.' },
        { line: 7, message: 'Line 7: Diastolic must be below systolic.' },
        { line: 8, message: 'Line 8: Enter at least one vital sign.' },
        { line: 9, message: 'Line 9: "25:00" is not a time; write 09:30, 09:30:15 or a full date and time.' },
        { line: 10, message: 'Line 10: Systolic must be a number.' },
      ],
    });
  });

  it('does not mistake a first data line with a typo for a header', () => {
    expect(parseMonitorCsv('09:3O,120,80,70,99,16\n09:40,120,80,70,99,16', day)).toEqual({
      kind: 'invalid',
      problems: [{ line: 1, message: 'Line 1: "09:3O" is not a time; write 09:30, 09:30:15 or a full date and time.' }],
    });
  });

  it('refuses empty text and more readings than one request takes', () => {
    expect(parseMonitorCsv('time,systolic,diastolic,hr,spo2,rr\n\n', day)).toEqual({ kind: 'invalid', problems: [{ line: null, message: 'No readings found: paste one reading a line.' }] });
    const many = Array.from({ length: maxMonitorReadings + 1 }, () => '09:30,120,80,70,99,16').join('\n');
    const result = parseMonitorCsv(many, day);
    expect(result).toEqual({ kind: 'invalid', problems: [{ line: null, message: '501 readings is more than the 500 one import takes: split the file.' }] });
  });
});
