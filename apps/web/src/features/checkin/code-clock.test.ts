import { describe, expect, it } from 'vitest';
import { CODE_WINDOW_MS } from '@haven/core';
import { formatCountdown } from '../moderation/countdown';
import {
  codeTiming,
  REFRESH_MARGIN_MS,
  SAME_CODE_RETRY_MS,
  secondsUntil,
  stillAccepted,
} from './code-clock';

const NOW = Date.parse('2026-03-03T18:05:13.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('codeTiming', () => {
  it('asks again just after the code changes', () => {
    expect(codeTiming(iso(NOW + 32_000), NOW, null)).toEqual({
      changesAt: NOW + 32_000,
      refreshAt: NOW + 32_000 + REFRESH_MARGIN_MS,
    });
  });

  it('asks again after each change, not only the first', () => {
    const first = iso(NOW + 32_000);
    const next = iso(NOW + 32_000 + CODE_WINDOW_MS);
    expect(codeTiming(next, NOW + 32_600, first).refreshAt).toBe(
      NOW + 32_000 + CODE_WINDOW_MS + REFRESH_MARGIN_MS,
    );
  });

  it('keeps the wait within one window when this clock is behind the server', () => {
    expect(codeTiming(iso(NOW + 5 * 60_000), NOW, null).refreshAt).toBe(
      NOW + CODE_WINDOW_MS + REFRESH_MARGIN_MS,
    );
  });

  it('asks at once when this clock says the change has passed already', () => {
    expect(codeTiming(iso(NOW - 3_000), NOW, null)).toEqual({
      changesAt: NOW,
      refreshAt: NOW + REFRESH_MARGIN_MS,
    });
  });

  it('asks again shortly, not at once, when the server still shows the same code', () => {
    const changesAt = iso(NOW - 1_000);
    expect(codeTiming(changesAt, NOW, changesAt).refreshAt).toBe(NOW + SAME_CODE_RETRY_MS);
  });

  it('does not spin on a malformed time', () => {
    expect(codeTiming('soon', NOW, null).refreshAt).toBe(NOW + REFRESH_MARGIN_MS);
  });
});

describe('the countdown on the venue screen', () => {
  const timing = codeTiming(iso(NOW + 32_000), NOW, null);

  it('counts whole seconds down to the change, never below zero', () => {
    expect(secondsUntil(timing, NOW)).toBe(32);
    expect(secondsUntil(timing, NOW + 31_200)).toBe(1);
    expect(secondsUntil(timing, NOW + 32_000)).toBe(0);
    expect(secondsUntil(timing, NOW + 40_000)).toBe(0);
  });

  it('reads as m:ss', () => {
    expect(formatCountdown(secondsUntil(timing, NOW))).toBe('0:32');
    expect(formatCountdown(45)).toBe('0:45');
    expect(formatCountdown(0)).toBe('0:00');
  });
});

describe('stillAccepted', () => {
  it('keeps a code on screen through the window after its own, then not', () => {
    const timing = codeTiming(iso(NOW + 10_000), NOW, null);
    expect(stillAccepted(timing, NOW)).toBe(true);
    expect(stillAccepted(timing, NOW + 10_000 + CODE_WINDOW_MS - 1)).toBe(true);
    expect(stillAccepted(timing, NOW + 10_000 + CODE_WINDOW_MS)).toBe(false);
  });
});
