import { describe, expect, it } from 'vitest';
import { dialNumber, smsHref, telHref, whatsappHref } from './contact-links';

describe('links for a crisis line', () => {
  it('dials the number as typed, keeping the country code', () => {
    expect(telHref('+44 (0)116 123-456')).toBe('tel:+440116123456');
    expect(telHref('988')).toBe('tel:988');
    expect(smsHref('741 741')).toBe('sms:741741');
  });

  it('reads Arabic-Indic and Persian digits', () => {
    expect(dialNumber('٠٨٠٠ ١١١')).toBe('0800111');
    expect(dialNumber('+۹۸ ۱۲۳')).toBe('+98123');
  });

  it('gives no link when there is no number', () => {
    expect(telHref('')).toBeNull();
    expect(smsHref('  ')).toBeNull();
    expect(whatsappHref('ask at the desk')).toBeNull();
  });

  it('links WhatsApp with bare international digits', () => {
    expect(whatsappHref('+962 7 9000 0000')).toBe('https://wa.me/962790000000');
    expect(whatsappHref('00962 79 000')).toBe('https://wa.me/96279000');
  });
});
