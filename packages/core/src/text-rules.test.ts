import { describe, it, expect } from 'vitest';
import { CHAT_TEXT_MAX, DISPLAY_NAME_MAX } from '@haven/protocol';
import { normalizeChatText, normalizeDisplayName, type RuleResult } from './text-rules';

const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
// U+1F600, a surrogate pair: two UTF-16 code units, one character to a person.
const EMOJI = '\u{1F600}';

const value = (result: RuleResult): string => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`);
  return result.value;
};

describe('normalizeChatText', () => {
  it('trims surrounding whitespace', () => {
    expect(value(normalizeChatText('  \n\thello there \n '))).toBe('hello there');
  });

  it('strips C0 and C1 control characters', () => {
    expect(value(normalizeChatText('a\u0000b\u0007c\u000Bd\u001Be\u007Ff\u0085g\u009Fh'))).toBe(
      'abcdefgh',
    );
  });

  it.each(BIDI.map((c) => [c.charCodeAt(0).toString(16).toUpperCase(), c]))(
    'strips the bidi control U+%s',
    (_, c) => {
      expect(value(normalizeChatText(`invoice${c}fdp.exe`))).toBe('invoicefdp.exe');
    },
  );

  it('turns CRLF and lone CR into LF', () => {
    expect(value(normalizeChatText('one\r\ntwo\rthree'))).toBe('one\ntwo\nthree');
  });

  it('keeps tabs and newlines inside the text', () => {
    expect(value(normalizeChatText('a\tb\n\nc'))).toBe('a\tb\n\nc');
  });

  it.each(['', '   ', '\n\t\r\n', '\u0000\u202E', ' \u2066 \u0007 '])(
    'refuses text that is empty once cleaned: %j',
    (raw) => {
      expect(normalizeChatText(raw).ok).toBe(false);
    },
  );

  it(`accepts exactly ${CHAT_TEXT_MAX} characters and refuses ${CHAT_TEXT_MAX + 1}`, () => {
    expect(CHAT_TEXT_MAX).toBe(2000);
    expect(value(normalizeChatText('x'.repeat(2000)))).toHaveLength(2000);
    expect(normalizeChatText('x'.repeat(2001))).toMatchObject({ ok: false });
  });

  it('counts the length after trimming and stripping', () => {
    expect(normalizeChatText(`  ${'x'.repeat(2000)}\u0000\u202E  `).ok).toBe(true);
  });

  it('counts an emoji as one character at the boundary', () => {
    expect(normalizeChatText(`${'x'.repeat(1999)}${EMOJI}`).ok).toBe(true);
    expect(normalizeChatText(EMOJI.repeat(2000)).ok).toBe(true);
    expect(normalizeChatText(`${'x'.repeat(2000)}${EMOJI}`).ok).toBe(false);
    expect(normalizeChatText(EMOJI.repeat(2001)).ok).toBe(false);
  });
});

describe('normalizeDisplayName', () => {
  it('trims and collapses inner whitespace and newlines to single spaces', () => {
    expect(value(normalizeDisplayName('  Ada \t  Lovelace\r\n\nKing  '))).toBe('Ada Lovelace King');
  });

  it('leaves no control or bidi character behind', () => {
    const name = value(normalizeDisplayName(`Ada\u0000${BIDI.join('')}Love\u0085lace\u007F`));
    // eslint-disable-next-line no-control-regex -- the point is to look for control characters
    expect(name).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(name.replace(/ /g, '')).toBe('AdaLovelace');
    expect(name).not.toMatch(/\s{2}/);
  });

  it.each(['', '   ', '\n\r\n\t', '\u202E\u0000'])(
    'refuses a name that is empty once cleaned: %j',
    (raw) => {
      expect(normalizeDisplayName(raw).ok).toBe(false);
    },
  );

  it(`accepts exactly ${DISPLAY_NAME_MAX} characters and refuses ${DISPLAY_NAME_MAX + 1}`, () => {
    expect(DISPLAY_NAME_MAX).toBe(40);
    expect(value(normalizeDisplayName('n'.repeat(40)))).toHaveLength(40);
    expect(normalizeDisplayName('n'.repeat(41))).toMatchObject({ ok: false });
  });

  it('counts the length after collapsing whitespace', () => {
    // 20 + 1 + 19 = 40 once the run of spaces becomes one.
    expect(normalizeDisplayName(`  ${'a'.repeat(20)}     \n ${'b'.repeat(19)}  `).ok).toBe(true);
  });

  it('counts an emoji as one character at the boundary', () => {
    expect(normalizeDisplayName(`${'n'.repeat(39)}${EMOJI}`).ok).toBe(true);
    expect(normalizeDisplayName(EMOJI.repeat(40)).ok).toBe(true);
    expect(normalizeDisplayName(`${'n'.repeat(40)}${EMOJI}`).ok).toBe(false);
    expect(normalizeDisplayName(EMOJI.repeat(41)).ok).toBe(false);
  });
});
