import { describe, expect, it } from 'vitest';
import { maskContacts } from './contacts';

describe('masking contact details', () => {
  it('hides phone numbers written in the usual ways', () => {
    expect(maskContacts('call me on +44 7700 900123 tonight')).toEqual({
      text: 'call me on ••• tonight',
      masked: true,
    });
    expect(maskContacts('my number 0171-555-0199').text).toBe('my number •••');
    expect(maskContacts('(020) 7946 0958 is home').text).toBe('••• is home');
    expect(maskContacts('WhatsApp 00380501234567').text).toBe('WhatsApp •••');
  });

  it('hides numbers written in Arabic-Indic and Persian digits', () => {
    expect(maskContacts('رقمي ٠٧٩٠١٢٣٤٥٦٧').text).toBe('رقمي •••');
    expect(maskContacts('شماره من ۰۹۱۲ ۳۴۵ ۶۷۸۹ است').text).toBe('شماره من ••• است');
  });

  it('hides email addresses, in any script', () => {
    expect(maskContacts('write to amal.k+group@example.org please').text).toBe(
      'write to ••• please',
    );
    expect(maskContacts('пишіть на оля@пошта.укр').text).toBe('пишіть на •••');
  });

  it('hides each of two numbers written side by side, and numbers spaced around a dash', () => {
    expect(maskContacts('call 0612345678 0698765432').text).toBe('call ••• •••');
    expect(maskContacts('07700900123 00000').text).toBe('••• 00000');
    expect(maskContacts('0612 - 345678').text).toBe('•••');
    expect(maskContacts('０６１２３４５６７８').text).toBe('•••');
    expect(maskContacts('12:30 1234567').text).toBe('12:30 •••');
    expect(maskContacts('on 26.11.2026 call 0612345678').text).toBe('on 26.11.2026 call •••');
  });

  it('leaves ordinary numbers, dates and times alone', () => {
    for (const text of [
      'I have 3 children and 2 cats',
      'see you on 2026-11-26 at 18:30',
      'since 26.11.2026',
      'it was 25 years ago, in 1999',
      'room 12, 45 minutes',
      'Next meeting 26.11.2026 18:00',
      'on 2026-11-26 18:00',
      'it costs 1 000 000 € or 1.000.000',
    ])
      expect(maskContacts(text)).toEqual({ text, masked: false });
  });
});
