import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultLockoutPolicy,
  defaultPatientSessionLimits,
  defaultStaffSessionLimits,
  evaluateLockout,
  evaluateSession,
  type LockoutState,
  type SessionState,
} from './session-policy.js';

const t0 = new Date('2025-03-10T08:00:00.000Z');
const after = ({ h = 0, m = 0, s = 0, ms = 0 }: { h?: number; m?: number; s?: number; ms?: number }): Date =>
  new Date(t0.getTime() + ((h * 60 + m) * 60 + s) * 1000 + ms);

describe('default limits (SECURITY.md T6)', () => {
  it('are 15 min idle for staff, 30 min for patients, 12 h absolute for both', () => {
    expect(defaultStaffSessionLimits).toEqual({ idleMinutes: 15, absoluteHours: 12 });
    expect(defaultPatientSessionLimits).toEqual({ idleMinutes: 30, absoluteHours: 12 });
  });
});

describe('evaluateSession', () => {
  const active: SessionState = { kind: 'active' };
  const idle: SessionState = { kind: 'expired', reason: 'idle' };
  const absolute: SessionState = { kind: 'expired', reason: 'absolute' };

  describe('staff idle timeout (15 min), session created and last seen at t0', () => {
    it.each([
      ['0 s', after({}), active],
      ['14m59s', after({ m: 14, s: 59 }), active],
      ['exactly 15m', after({ m: 15 }), active],
      ['15m + 1 ms', after({ m: 15, ms: 1 }), idle],
      ['15m01s', after({ m: 15, s: 1 }), idle],
    ])('%s idle', (_label, now, expected) => {
      expect(evaluateSession({ createdAt: t0, lastSeenAt: t0 }, defaultStaffSessionLimits, now)).toEqual(expected);
    });
  });

  describe('patient idle timeout (30 min)', () => {
    it.each([
      ['15m01s', after({ m: 15, s: 1 }), active],
      ['exactly 30m', after({ m: 30 }), active],
      ['30m01s', after({ m: 30, s: 1 }), idle],
    ])('%s idle', (_label, now, expected) => {
      expect(evaluateSession({ createdAt: t0, lastSeenAt: t0 }, defaultPatientSessionLimits, now)).toEqual(expected);
    });
  });

  describe('absolute lifetime (12 h) despite continuous activity', () => {
    it.each([
      ['11h59m59s', after({ h: 11, m: 59, s: 59 }), active],
      ['exactly 12h', after({ h: 12 }), active],
      ['12h + 1 ms', after({ h: 12, ms: 1 }), absolute],
      ['12h01s', after({ h: 12, s: 1 }), absolute],
    ])('%s after login, seen 1 s ago', (_label, now, expected) => {
      const lastSeenAt = new Date(now.getTime() - 1000);
      expect(evaluateSession({ createdAt: t0, lastSeenAt }, defaultStaffSessionLimits, now)).toEqual(expected);
    });
  });

  it('reports the absolute limit when both have passed', () => {
    expect(evaluateSession({ createdAt: t0, lastSeenAt: t0 }, defaultStaffSessionLimits, after({ h: 13 }))).toEqual(absolute);
  });

  it('slides the idle window with activity', () => {
    const lastSeenAt = after({ m: 14, s: 59 });
    expect(evaluateSession({ createdAt: t0, lastSeenAt }, defaultStaffSessionLimits, after({ m: 29, s: 58 }))).toEqual(active);
    expect(evaluateSession({ createdAt: t0, lastSeenAt }, defaultStaffSessionLimits, after({ m: 30 }))).toEqual(idle);
  });

  it('honours a clinic-configured limit', () => {
    const limits = { idleMinutes: 5, absoluteHours: 1 };
    expect(evaluateSession({ createdAt: t0, lastSeenAt: t0 }, limits, after({ m: 5, s: 1 }))).toEqual(idle);
    expect(evaluateSession({ createdAt: t0, lastSeenAt: after({ m: 59 }) }, limits, after({ h: 1, s: 1 }))).toEqual(absolute);
  });
});

describe('evaluateLockout (SECURITY.md T7)', () => {
  const allowed: LockoutState = { kind: 'allowed' };
  const locked = (retryAfterSeconds: number): LockoutState => ({ kind: 'locked', retryAfterSeconds });
  /** `n` failures one second apart, the last at t0. */
  const failures = (n: number): Date[] => Array.from({ length: n }, (_, i) => after({ s: i - (n - 1) }));
  const evaluate = (recentFailures: Date[], now: Date) => evaluateLockout({ recentFailures, now, policy: defaultLockoutPolicy });

  it('publishes the default policy', () => {
    expect(defaultLockoutPolicy).toEqual({ windowMinutes: 15, freeAttempts: 5, baseDelaySeconds: 30, maxDelaySeconds: 900 });
  });

  it.each([
    ['no failures', 0, after({}), allowed],
    ['5 failures (all free)', 5, after({}), allowed],
    ['6 failures, at the last one', 6, after({}), locked(30)],
    ['6 failures, 29.001 s later', 6, after({ s: 29, ms: 1 }), locked(1)],
    ['6 failures, 29.999 s later', 6, after({ s: 29, ms: 999 }), locked(1)],
    ['6 failures, exactly 30 s later', 6, after({ s: 30 }), allowed],
    ['6 failures, 0.5 s later (ceil)', 6, after({ ms: 500 }), locked(30)],
    ['7 failures → 60 s', 7, after({}), locked(60)],
    ['7 failures, 59 s later', 7, after({ s: 59 }), locked(1)],
    ['7 failures, 60 s later', 7, after({ s: 60 }), allowed],
    ['8 failures → 120 s', 8, after({}), locked(120)],
    ['9 failures → 240 s', 9, after({}), locked(240)],
    ['10 failures → 480 s', 10, after({}), locked(480)],
    ['11 failures → 960 s capped at 900 s', 11, after({}), locked(900)],
    ['50 failures → capped at 900 s', 50, after({}), locked(900)],
  ])('%s', (_label, n, now, expected) => {
    expect(evaluate(failures(n), now)).toEqual(expected);
  });

  it('counts only failures less than 15 minutes old', () => {
    const old = after({ m: -15 }); // exactly 15 minutes before t0: out of the window
    const justInside = after({ m: -15, ms: 1 });
    expect(evaluate([old, ...failures(5)], after({}))).toEqual(allowed);
    expect(evaluate([justInside, ...failures(5)], after({}))).toEqual(locked(30));
  });

  it('measures the delay from the latest failure, whatever the order of the list', () => {
    const shuffled = failures(6).reverse();
    expect(evaluate(shuffled, after({ s: 10 }))).toEqual(locked(20));
  });

  it('uses the default policy when none is given', () => {
    expect(evaluateLockout({ recentFailures: failures(6), now: after({}) })).toEqual(locked(30));
  });

  it('never asks for less than 1 s or more than the cap, and never locks at or under the free attempts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20 * 60_000, max: 0 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 20 * 60_000 }),
        (offsetsMs, nowOffsetMs) => {
          const recentFailures = offsetsMs.map((offsetMs) => new Date(t0.getTime() + offsetMs));
          const result = evaluate(recentFailures, new Date(t0.getTime() + nowOffsetMs));
          const inWindow = offsetsMs.filter((offsetMs) => nowOffsetMs - offsetMs < 15 * 60_000).length;
          if (inWindow <= 5) expect(result).toEqual(allowed);
          if (result.kind === 'locked') {
            expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1);
            expect(result.retryAfterSeconds).toBeLessThanOrEqual(900);
          }
        },
      ),
    );
  });
});
