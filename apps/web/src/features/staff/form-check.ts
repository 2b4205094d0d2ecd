/** Why a field was not accepted; each kind has one message (`staff:fieldErrors.<kind>`). */
export type FieldError =
  | { kind: 'required' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'tooShort'; min: number }
  | { kind: 'email' }
  /** The same as what is saved, where only a change makes sense (a new agreement version). */
  | { kind: 'unchanged' }
  | { kind: 'wholeNumber'; min: number; max: number }
  /** Not a real calendar date (or not typed as one where the browser has no date picker). */
  | { kind: 'date' }
  | { kind: 'time' }
  /** A time that has already passed on the group's clock. */
  | { kind: 'past' }
  /** An end that comes before the start it belongs to. */
  | { kind: 'beforeStart' }
  /** Not a language tag such as `ar` or `fa-AF`. */
  | { kind: 'languageTag' }
  /** A watched phrase with a * inside a word rather than at its end. */
  | { kind: 'starPlacement' }
  /** A watched word ending in * with fewer than 3 letters before it. */
  | { kind: 'starTooShort' }
  /** A watched phrase with no letter or digit to match. */
  | { kind: 'noLetters' }
  /** The same entry twice in one list. */
  | { kind: 'duplicate' }
  /** Refused by the server; the form's status line says why. */
  | { kind: 'notAccepted' };

export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

/** A form's values ready to send, or what to say next to which field. */
export type FormCheck<T, F extends string> =
  { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

export interface TextRule {
  required?: boolean;
  min?: number;
  max: number;
}

/**
 * The same limits as the request schema, checked here so the person hears which field is wrong
 * before anything is sent. Lengths are counted as the server counts them (UTF-16 units).
 */
export function checkText(value: string, rule: TextRule): FieldError | null {
  if (rule.required && value.length === 0) return { kind: 'required' };
  if (rule.min !== undefined && value.length < rule.min) return { kind: 'tooShort', min: rule.min };
  if (value.length > rule.max) return { kind: 'tooLong', max: rule.max };
  return null;
}

/** A whole number typed into a field (digits only, as `type="number"` gives them). */
export function parseWholeNumber(
  raw: string,
  min: number,
  max: number,
): { ok: true; value: number } | { ok: false; error: FieldError } {
  const text = raw.trim();
  const value = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(value) && value >= min && value <= max) return { ok: true, value };
  return { ok: false, error: { kind: 'wholeNumber', min, max } };
}

/** Builds the result from the checked fields: the value only when no field has an error. */
export function settle<T, F extends string>(
  errors: Partial<Record<F, FieldError | null>>,
  value: () => T,
): FormCheck<T, F> {
  const found: FieldErrors<F> = {};
  for (const [field, error] of Object.entries(errors) as [F, FieldError | null][])
    if (error) found[field] = error;
  return Object.keys(found).length === 0
    ? { ok: true, value: value() }
    : { ok: false, errors: found };
}
