import { useTranslation } from 'react-i18next';
import { LiveRegion } from '../../ui/LiveRegion';
import { useErrorText } from './use-error-text';
import type { LoadState } from './use-load';

/** Loading, or why it failed with a way to try again; nothing once it is there. */
export function LoadStatus<T>({ state, onRetry }: { state: LoadState<T>; onRetry: () => void }) {
  const { t } = useTranslation('staff');
  const errorText = useErrorText();
  if (state.status === 'failed')
    return (
      <div className="load-failed">
        <p role="alert">{errorText(state.error)}</p>
        <button type="button" className="button small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  return <LiveRegion>{state.status === 'loading' && t('common.loading')}</LiveRegion>;
}
