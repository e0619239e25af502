import { createContext, useContext, useEffect, useState } from 'react';

/**
 * Milliseconds to add to this device's clock to get the server's. Timers count from the server's times, and a
 * tablet's clock may be minutes out; the offset comes from an answer that states "now" on the server.
 */
export const ServerClockOffset = createContext(0);

/** The offset from a due time and the seconds the server said remained until it, as received at `receivedAtMs`. */
export function offsetFromCountdown(dueAt: string | null, secondsRemaining: number | null, receivedAtMs: number): number {
  if (dueAt === null || secondsRemaining === null) return 0;
  return Date.parse(dueAt) - secondsRemaining * 1000 - receivedAtMs;
}

/** The offset from the server's own "generated at" time, as received at `receivedAtMs`. */
export const offsetFromGeneratedAt = (generatedAt: string, receivedAtMs: number): number => Date.parse(generatedAt) - receivedAtMs;

/** The server's "now", ticking every `intervalMs` (each timer ticks on its own, so the page does not re-render). */
export function useServerNow(intervalMs = 1000): number {
  const offset = useContext(ServerClockOffset);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now + offset;
}
