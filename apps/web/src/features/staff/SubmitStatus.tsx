import type { ErrorBody } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import { useErrorText } from './use-error-text';
import type { SubmitState } from './use-submit';

interface SubmitStatusProps<T> {
  state: SubmitState<T>;
  busy?: string;
  done?: string | ((data: T) => string);
  /** A wording for refusals this form expects (a wrong password, say); null for the usual one. */
  explain?: (error: ErrorBody) => string | null;
}

/** What a form says under its button: progress, success, or why it did not work. */
export function SubmitStatus<T>({ state, busy, done, explain }: SubmitStatusProps<T>) {
  const errorText = useErrorText();
  let text = '';
  if (state.kind === 'busy') text = busy ?? '';
  if (state.kind === 'done') text = typeof done === 'function' ? done(state.data) : (done ?? '');
  if (state.kind === 'failed') text = explain?.(state.error) ?? errorText(state.error);
  return (
    <LiveRegion className={state.kind === 'failed' ? 'form-status error' : 'form-status'}>
      {text}
    </LiveRegion>
  );
}
