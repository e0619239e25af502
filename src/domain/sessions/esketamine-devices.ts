import { formatWait } from './format-duration.js';

/** Spravato label: wait 5 minutes between devices (SPEC.md §2.3, [C2]: Healthline; MIMS; Oncology Nurse Advisor). */
export const minutesBetweenDevices = 5;

/** Each device delivers 28 mg, so a session uses 1 to 3 devices (28, 56 or 84 mg; SPEC.md §2.3 [C2]). */
export const maxDevicesPerSession = 3;

const spacingMs = minutesBetweenDevices * 60_000;

function latest(administeredAt: readonly Date[]): Date | null {
  return administeredAt.reduce<Date | null>((last, at) => (last === null || at.getTime() > last.getTime() ? at : last), null);
}

/** The earliest time the next device may be given; null before the first device (it may be given now). */
export function nextDeviceAllowedAt(administeredAt: readonly Date[]): Date | null {
  const last = latest(administeredAt);
  return last === null ? null : new Date(last.getTime() + spacingMs);
}

/**
 * Why a device may not be given at `at`, or null when it may: every planned device already given, or too soon
 * after the last one (the message says how long to wait).
 */
export function deviceAdministrationProblem(administeredAt: readonly Date[], at: Date, devicesPlanned: number): string | null {
  if (devicesPlanned < 1) return 'No devices are planned for this session.';
  const given = administeredAt.length;
  if (given >= devicesPlanned) return `All ${devicesPlanned} device${devicesPlanned === 1 ? '' : 's'} planned for this session ${devicesPlanned === 1 ? 'has' : 'have'} been given.`;
  const last = latest(administeredAt);
  if (last === null) return null;
  if (at.getTime() < last.getTime()) return 'This time is before the last device recorded: check the time.';
  const waitMs = last.getTime() + spacingMs - at.getTime();
  if (waitMs <= 0) return null;
  return `Too soon: wait ${formatWait(waitMs)} more. Leave ${minutesBetweenDevices} minutes between devices.`;
}
