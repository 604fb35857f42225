import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { errorText } from '../../../shared/domain/errors';

/** Errors say what happened and what to do; they stay until dismissed or the next success. */
export function ErrorBanner() {
  const error = useApp((s) => s.error);
  const setError = useApp((s) => s.setError);
  const t = useT();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <strong>{t('error.title')}:</strong> <span data-testid="error-message">{errorText(error, t.locale)}</span>
      <button type="button" onClick={() => setError(null)}>{t('error.dismiss')}</button>
    </div>
  );
}
