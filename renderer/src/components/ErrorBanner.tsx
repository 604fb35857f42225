import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { errorText } from '../../../shared/domain/errors';
import { formatMessage } from '../../../shared/messages';

/** Errors say what happened and what to do; they stay until dismissed or the next success. */
export function ErrorBanner() {
  const error = useApp((s) => s.error);
  const setError = useApp((s) => s.setError);
  const run = useApp((s) => s.run);
  const t = useT();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <strong>{t('error.title')}:</strong> <span data-testid="error-message">{errorText(error, t.locale)}</span>
      {/* A file open elsewhere can still be looked at. */}
      {error.code === 'LOCKED' && typeof error.params?.file === 'string' && error.key === 'db.locked' && (
        <button type="button" onClick={() => void run('workshop.open', { file: String(error.params!.file), readOnly: true })}>
          {formatMessage(t.locale, 'db.viewReadOnly')}
        </button>
      )}
      <button type="button" onClick={() => setError(null)}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
