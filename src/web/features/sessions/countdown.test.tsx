import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from './countdown';
import { ServerClockOffset } from './server-clock';

afterEach(() => vi.useRealTimers());

describe('Countdown', () => {
  it('ticks every second, turns red and "Overdue" when the time passes, and speaks only whole minutes', () => {
    vi.useFakeTimers({ now: Date.parse('2025-03-05T16:00:00.000Z') });
    // The server's clock is 30 s ahead of the tablet's: the check falls due 30 s sooner than the tablet thinks.
    render(
      <MantineProvider>
        <ServerClockOffset.Provider value={30_000}>
          <Countdown untilMs={Date.parse('2025-03-05T16:01:32.000Z')} label="Next check due in" overdueLabel="Next check overdue by" />
        </ServerClockOffset.Provider>
      </MantineProvider>,
    );
    expect(screen.getByText('Next check due in 1:02')).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('Next check due in 1 minute.');
    act(() => vi.advanceTimersByTime(3_000));
    expect(screen.getByText('Next check due in 0:59')).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('Next check due in less than a minute.');
    act(() => vi.advanceTimersByTime(61_000));
    const overdue = screen.getByText('Next check overdue by 0:02');
    expect(overdue.getAttribute('style')).toContain('red');
    expect(screen.getByText('Overdue')).toBeDefined();
  });
});
