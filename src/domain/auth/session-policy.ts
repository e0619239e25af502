/**
 * Pure session timing and login back-off. The caller passes `now`; nothing here reads a clock.
 */

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}
export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}
export type SessionState = { kind: 'active' } | { kind: 'expired'; reason: 'idle' | 'absolute' };

// HIPAA 45 CFR 164.312(a)(2)(iii) (automatic logoff) sets no number. These are the project's documented
// choices (SECURITY.md T6: staff idle 15 min on shared clinic workstations, patient portal idle 30 min,
// absolute 12 h for both); a clinic may configure its own.
export const defaultStaffSessionLimits: SessionLimits = { idleMinutes: 15, absoluteHours: 12 };
export const defaultPatientSessionLimits: SessionLimits = { idleMinutes: 30, absoluteHours: 12 };

const msPerSecond = 1000;
const msPerMinute = 60 * msPerSecond;
const msPerHour = 60 * msPerMinute;

/**
 * Whether a session may still be used at `now`. A session expires only when *more* than the limit has passed:
 * exactly 15 minutes idle is still active, 15 minutes and 1 ms is not. The absolute lifetime is checked first,
 * because continuous activity must not extend it.
 */
export function evaluateSession(times: SessionTimes, limits: SessionLimits, now: Date): SessionState {
  const nowMs = now.getTime();
  if (nowMs - times.createdAt.getTime() > limits.absoluteHours * msPerHour) return { kind: 'expired', reason: 'absolute' };
  if (nowMs - times.lastSeenAt.getTime() > limits.idleMinutes * msPerMinute) return { kind: 'expired', reason: 'idle' };
  return { kind: 'active' };
}

export interface LockoutPolicy {
  windowMinutes: number;
  freeAttempts: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}
export type LockoutState = { kind: 'allowed' } | { kind: 'locked'; retryAfterSeconds: number };

// SECURITY.md T7 (ASVS 5.0 6.3.1): "after 5 failures in 15 minutes, exponential back-off answered with 429 and
// Retry-After". The 30 s first delay, doubling, and the 15 min cap are the project's choice; the cap equals
// the window, so an attacker gets at most a few guesses an hour and a real user is never locked out for long.
export const defaultLockoutPolicy: LockoutPolicy = { windowMinutes: 15, freeAttempts: 5, baseDelaySeconds: 30, maxDelaySeconds: 900 };

/**
 * Per-account back-off after failed logins. Failures less than `windowMinutes` old count (one exactly
 * `windowMinutes` old has dropped out). With n counted failures and n > freeAttempts, the account is locked
 * until the latest failure + min(maxDelay, baseDelay × 2^(n − freeAttempts − 1)) seconds.
 */
export function evaluateLockout({
  recentFailures,
  now,
  policy = defaultLockoutPolicy,
}: {
  recentFailures: readonly Date[];
  now: Date;
  policy?: LockoutPolicy;
}): LockoutState {
  const nowMs = now.getTime();
  const windowStartMs = nowMs - policy.windowMinutes * msPerMinute;
  // A failure stamped slightly after `now` (another server's clock) still counts: never in the attacker's favour.
  const countedMs = recentFailures.map((failure) => failure.getTime()).filter((failureMs) => failureMs > windowStartMs);
  const excess = countedMs.length - policy.freeAttempts;
  if (excess <= 0) return { kind: 'allowed' };
  const delaySeconds = Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** (excess - 1));
  const lastFailureMs = countedMs.reduce((latest, failureMs) => Math.max(latest, failureMs), -Infinity);
  const lockedUntilMs = lastFailureMs + delaySeconds * msPerSecond;
  if (nowMs >= lockedUntilMs) return { kind: 'allowed' };
  return { kind: 'locked', retryAfterSeconds: Math.max(1, Math.ceil((lockedUntilMs - nowMs) / msPerSecond)) };
}
