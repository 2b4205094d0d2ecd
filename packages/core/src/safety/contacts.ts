/**
 * Phone numbers and email addresses hidden from the room, for groups that choose it: people
 * overshare on hard days, and a number in a chat of strangers can be misused. Moderators still
 * see the message as written.
 */

export const CONTACT_MASK = '•••';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Digits in any script people type: 0–9, ٠–٩, ۰–۹, full-width ０–９ …
const DIGITS = /\p{Nd}+/gu;
// What may join two groups of one number: a space, or a dash, dot or slash with spaces around it,
// and brackets ("(020) 7946 0958", "0612 - 345678").
const JOIN = /^(?:\s|[\s()]{0,2}[-./][\s()]{0,2}|\)\s?\(?|\s?\()$/u;
// The shortest and the longest (E.164) phone numbers, in digits.
const PHONE_MIN = 7;
const PHONE_MAX = 15;

interface Group {
  start: number;
  end: number;
  digits: number;
  /** The characters between the previous group and this one (null: not part of a number). */
  gap: string | null;
  /** Hours or minutes of a time ("18:30"): never part of a phone number. */
  time: boolean;
}

const separatorOf = (gap: string | null): string => gap?.replace(/[\s()]/gu, '') ?? '';

/** Groups of digits, each linked to the one before when they could be one written number. */
function groupsOf(text: string): Group[] {
  const groups: Group[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index;
    const previous = groups.at(-1);
    const between = previous ? text.slice(previous.end, start) : null;
    // A time ("18:30") or anything else in between ends the number.
    const gap = between !== null && JOIN.test(between) ? between : null;
    const end = start + m[0].length;
    const time = text[start - 1] === ':' || /^:\p{Nd}/u.test(text.slice(end, end + 2));
    groups.push({ start, end, digits: m[0].length, gap, time });
  }
  return groups;
}

/** Runs of linked groups: each is what someone wrote as one number (or several side by side). */
function runsOf(groups: Group[]): Group[][] {
  const runs: Group[][] = [];
  let linked = false;
  for (const g of groups) {
    if (g.time) {
      linked = false;
      continue;
    }
    if (g.gap === null || !linked) runs.push([g]);
    else runs.at(-1)!.push(g);
    linked = true;
  }
  return runs;
}

const isDate = (a: Group, b: Group, c: Group): boolean => {
  const sep = separatorOf(b.gap);
  if (!'-./'.includes(sep) || sep === '' || sep !== separatorOf(c.gap)) return false;
  const [x, y, z] = [a.digits, b.digits, c.digits];
  return (x === 4 && y <= 2 && z <= 2) || (x <= 2 && y <= 2 && (z === 2 || z === 4));
};

/** "1.000.000", "1 000 000": an amount, not a number to call. */
const isAmount = (run: Group[]): boolean =>
  run.length > 1 &&
  run[0]!.digits <= 3 &&
  run.slice(1).every((g) => g.digits === 3 && g.gap === run[1]!.gap) &&
  (separatorOf(run[1]!.gap) === '.' || (run[1]!.gap === ' ' && run[0]!.digits === 1));

/** Splits a run where dates sit, so "26.11.2026 0612345678" keeps its date and hides the number. */
function withoutDates(run: Group[]): Group[][] {
  const parts: Group[][] = [[]];
  for (let i = 0; i < run.length; i++) {
    if (i + 2 < run.length && isDate(run[i]!, run[i + 1]!, run[i + 2]!)) {
      parts.push([]);
      i += 2;
      continue;
    }
    parts.at(-1)!.push(run[i]!);
  }
  return parts.filter((p) => p.length > 0);
}

/**
 * The spans to hide: in each run, consecutive groups of 7 to 15 digits, taken greedily from the
 * left, so two numbers written side by side are both hidden.
 */
function phoneSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const run of runsOf(groupsOf(text)).flatMap(withoutDates)) {
    if (isAmount(run)) continue;
    let i = 0;
    while (i < run.length) {
      let j = i;
      let digits = run[i]!.digits;
      while (j + 1 < run.length && digits + run[j + 1]!.digits <= PHONE_MAX)
        digits += run[++j]!.digits;
      // A single group longer than any phone number is still a number to hide (a card, an IBAN).
      if (digits >= PHONE_MIN) {
        let start = run[i]!.start;
        // Keep the "+" or "(" that begins the number inside the mask.
        const lead = /(?:\+\s?|\()$/u.exec(text.slice(Math.max(0, start - 2), start));
        if (lead) start -= lead[0].length;
        spans.push([start, run[j]!.end]);
      }
      i = j + 1;
    }
  }
  return spans;
}

export interface Masked {
  text: string;
  /** Whether anything was hidden. */
  masked: boolean;
}

export function maskContacts(text: string): Masked {
  let masked = false;
  const withoutEmails = text.replace(EMAIL, () => {
    masked = true;
    return CONTACT_MASK;
  });
  const spans = phoneSpans(withoutEmails);
  if (spans.length === 0) return { text: withoutEmails, masked };
  let result = '';
  let at = 0;
  for (const [start, end] of spans) {
    result += withoutEmails.slice(at, start) + CONTACT_MASK;
    at = end;
  }
  return { text: result + withoutEmails.slice(at), masked: true };
}
