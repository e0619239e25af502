import dayjs from 'dayjs';

/** An ISO time as a `datetime-local` input shows it, in this device's zone ("2025-03-03T09:30"). */
export const toLocalInput = (iso: string | null | undefined): string => (iso ? dayjs(iso).format('YYYY-MM-DDTHH:mm') : '');

/** A `datetime-local` value back to an ISO time; empty stays null. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.toISOString() : null;
}

/** "9:42 AM" for times on the chart. */
export const formatTime = (iso: string) => dayjs(iso).format('h:mm A');
export const formatDateTime = (iso: string) => dayjs(iso).format('MMM D, YYYY h:mm A');
