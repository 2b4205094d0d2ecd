/**
 * Text folded for matching, so that the same word written another way still matches: case,
 * accents, Arabic short vowels and hamza seats, Persian and Arabic letter variants, Eastern
 * Arabic digits, invisible joiners and apostrophe look-alikes do not matter. Only for comparing:
 * the folded text is never shown or stored.
 */

// Marks that make a different letter in Cyrillic, not an accent: й (breve) and ї (diaeresis).
const CYRILLIC_LETTER_MARKS = new Set(['\u0306', '\u0308']);
const CYRILLIC = /\p{Script=Cyrillic}/u;
const MARK = /\p{M}/u;

// Letters people use interchangeably (or keyboards choose for them).
const LETTER_VARIANTS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0649': '\u064A', // ى alef maksura → ي
  '\u06CC': '\u064A', // ی Persian yeh → ي
  '\u06A9': '\u0643', // ک Persian keheh → ك
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06D5': '\u0647', // ە ae → ه
  '\u0491': '\u0433', // ґ → г: many Ukrainian keyboards have no ґ
  '\u2019': "'", // Ukrainian apostrophe, typographic
  '\u02BC': "'", // Ukrainian apostrophe, modifier letter
  '\u2018': "'",
  '`': "'",
  '\u00B4': "'",
};

/** ٠–٩ (Arabic-Indic) and ۰–۹ (Persian) as 0–9. */
function westernDigit(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return ch;
}

export function foldForMatching(text: string): string {
  // NFKC first: Arabic presentation forms and full-width letters become the plain ones. ё is
  // е before the marks are looked at (Russian writes it either way); й and ї stay letters.
  const decomposed = text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').normalize('NFD');
  let out = '';
  let base = '';
  for (const ch of decomposed) {
    if (MARK.test(ch)) {
      if (CYRILLIC_LETTER_MARKS.has(ch) && CYRILLIC.test(base)) out += ch;
      continue;
    }
    // Tatweel (a stretching stroke), zero-width (non-)joiners and other invisible format characters.
    if (ch === '\u0640' || /\p{Cf}/u.test(ch)) continue;
    base = ch;
    out += westernDigit(LETTER_VARIANTS[ch] ?? ch);
  }
  return out.normalize('NFC');
}

/** Words of folded text: runs of letters, digits and in-word apostrophes. */
export function wordsOf(folded: string): string[] {
  return (folded.match(/[\p{L}\p{N}']+/gu) ?? [])
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

export const isArabicScript = (word: string): boolean => /\p{Script=Arabic}/u.test(word);
