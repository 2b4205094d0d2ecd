import { describe, expect, it } from 'vitest';
import { drawQr } from './qr-svg';

const LINK = 'https://haven.example.org/join#abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

describe('drawQr', () => {
  it('draws a square code big enough for an invite link', () => {
    const { size, path } = drawQr(LINK);
    // Version 4 at level M holds 62 bytes; a longer link gets a bigger code.
    expect(size).toBeGreaterThanOrEqual(33);
    expect((size - 17) % 4).toBe(0);
    expect(path.startsWith('M0 0h1v1h-1z')).toBe(true);
  });

  it('draws the same link the same way', () => {
    expect(drawQr(LINK)).toEqual(drawQr(LINK));
    expect(drawQr(LINK).path).not.toBe(drawQr(`${LINK}x`).path);
  });
});
