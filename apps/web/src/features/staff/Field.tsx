import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from './form-check';

export interface ControlProps {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: FieldError | null;
  /** The control, given the ids that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its hint and, after a failed submit, what is wrong with it. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-describedby': hint ? `${hintId} ${errorId}` : errorId,
        'aria-invalid': Boolean(error),
      })}
      <FieldErrorText id={errorId} error={error ?? null} />
    </div>
  );
}

/** Not a live region: the form moves focus to the first wrong field, which reads it out. */
export function FieldErrorText({ id, error }: { id: string; error: FieldError | null }) {
  const { t } = useTranslation('staff');
  return (
    <p id={id} className="field-error">
      {error && t(`fieldErrors.${error.kind}`, { ...error })}
    </p>
  );
}

interface CheckFieldProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckField({ label, hint, checked, onChange }: CheckFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="hint check-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface RadioFieldProps<V extends string> {
  legend: string;
  value: V;
  options: readonly { value: V; label: string; hint: string }[];
  onChange: (value: V) => void;
}

/** A choice of one among a few, each with what it means. */
export function RadioField<V extends string>({
  legend,
  value,
  options,
  onChange,
}: RadioFieldProps<V>) {
  const id = useId();
  return (
    <fieldset className="field choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className="check">
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-describedby={`${id}-${option.value}-hint`}
          />
          <div>
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            <p id={`${id}-${option.value}-hint`} className="hint">
              {option.hint}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * After a submit that found mistakes, focus goes to the first wrong field: its label and error
 * are read out together, and the person can fix it at once.
 */
export function useFocusFirstInvalid(errors: object) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}
