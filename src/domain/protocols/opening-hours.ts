import { z } from 'zod';
import type { Weekday } from './iso-date.js';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A 24-hour time such as 08:00');

/** Minutes after midnight of an `HH:MM` time. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

const dayHoursSchema = z
  .object({ opens: clockTime, closes: clockTime })
  .refine((hours) => minutesOfDay(hours.closes) > minutesOfDay(hours.opens), { message: 'Closes before it opens', path: ['closes'] })
  .nullable();

/** A clinic's weekly hours; `null` is a closed day. One sitting per day (no lunch split) for now. */
export const openingHoursSchema = z.object({
  mon: dayHoursSchema,
  tue: dayHoursSchema,
  wed: dayHoursSchema,
  thu: dayHoursSchema,
  fri: dayHoursSchema,
  sat: dayHoursSchema,
  sun: dayHoursSchema,
});
export type OpeningHours = Record<Weekday, { opens: string; closes: string } | null>;

export const defaultOpeningHours: OpeningHours = {
  mon: { opens: '08:00', closes: '17:00' },
  tue: { opens: '08:00', closes: '17:00' },
  wed: { opens: '08:00', closes: '17:00' },
  thu: { opens: '08:00', closes: '17:00' },
  fri: { opens: '08:00', closes: '17:00' },
  sat: null,
  sun: null,
};

/** Whether a session of this length fits between opening and closing on that weekday. */
export function sessionFits(openingHours: OpeningHours, weekday: Weekday, sessionMinutes: number): boolean {
  const hours = openingHours[weekday];
  return hours !== null && minutesOfDay(hours.closes) - minutesOfDay(hours.opens) >= sessionMinutes;
}
