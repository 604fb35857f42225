import { useEffect, useRef, useState } from 'react';
import type { ImportPreview, AnswerMap } from '../../../../shared/api/import';
import { FIELDS } from '../../../../shared/domain/fields';
import type { AnswerValue } from '../../../../shared/domain/fields';
import { api, ApiCallError } from '../../api/client';
import { useT } from '../../i18n';
import { formatPercent } from '../../format';
import { downloadTemplate, fileToBase64, useImportUi } from './importStore';
import './results.css';

/** Bigger files are not sent at all (the HTTP body limit is 30 MB of base64). */
const SEND_LIMIT = 22 * 1024 * 1024;
const ACCEPT = '.csv,.txt,.tsv,.xlsx,.xlsm,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAP_CHOICES: { value: string; key: 'results.ja' | 'results.teilweise' | 'results.nein' | 'results.dontKnow' | 'import.mapSkip' }[] = [
  { value: 'ja', key: 'results.ja' },
  { value: 'teilweise', key: 'results.teilweise' },
  { value: 'nein', key: 'results.nein' },
  { value: 'weiss_nicht', key: 'results.dontKnow' },
  { value: 'skip', key: 'import.mapSkip' },
];

/**
 * Mounted once in the Shell: the window-wide drop target (with an overlay while a file is
 * dragged over the window) and the import dialog. Keyboard alternative: the file chooser.
 */
export function ImportHost() {
  const t = useT();
  const { open, show } = useImportUi();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // without this the browser (and Electron) would open the file itself
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files?.[0];
      depth = 0;
      setDragging(false);
      if (!file) return;
      e.preventDefault();
      show(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [show]);
  return (
    <>
      {dragging && (
        <div className="import-drop-overlay" data-testid="import-drop-overlay" aria-hidden="true">
          <p>{t('import.drop')}</p>
        </div>
      )}
      {open && <ImportDialog />}
    </>
  );
}

interface Loaded {
  fileName: string;
  size: number;
  dataBase64: string;
}

function ImportDialog() {
  const t = useT();
  const { file: initialFile, hide, setDone } = useImportUi();
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [confirmReplace, setConfirmReplace] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  // A checked, importable file (or answer values mapped for it) is work: Esc and "Abbrechen" ask first.
  const [askClose, setAskClose] = useState(false);
  const requestClose = () => {
    // a file with errors cannot be imported anyway: only a good preview or typed mappings are work
    const work = !!preview && ((preview.ok && preview.errorCount === 0) || Object.values(mapping).some((v) => v !== ''));
    if (work && !askClose) {
      setAskClose(true);
      requestAnimationFrame(() => ref.current?.querySelector<HTMLButtonElement>('[data-testid=import-keep]')?.focus());
    } else hide();
  };

  const answerMap = (m: Record<string, string>): AnswerMap | undefined => {
    const entries = Object.entries(m).filter(([, v]) => v !== '');
    if (!entries.length) return undefined;
    return Object.fromEntries(entries.map(([k, v]) => [k, v === 'skip' ? null : (v as AnswerValue)]));
  };

  const runPreview = async (l: Loaded, m: Record<string, string>) => {
    setBusy(true);
    setMessage(null);
    try {
      const p = await api.call('import.preview', { fileName: l.fileName, dataBase64: l.dataBase64, answerMap: answerMap(m) });
      setPreview(p);
    } catch (e) {
      setPreview(null);
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const readFile = async (f: File) => {
    setPreview(null);
    setMapping({});
    setConfirmReplace(false);
    setLoaded(null);
    if (f.size > SEND_LIMIT) {
      setMessage(
        t('import.tooLarge', { file: f.name, mb: (f.size / 1024 / 1024).toLocaleString(t.locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }) }),
      );
      return;
    }
    setBusy(true);
    try {
      const l = { fileName: f.name, size: f.size, dataBase64: await fileToBase64(f) };
      setLoaded(l);
      await runPreview(l, {});
    } catch {
      setBusy(false);
      setMessage(t('import.readError', { file: f.name }));
    }
  };

  useEffect(() => {
    if (initialFile) void readFile(initialFile);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFile]);

  const setMap = (key: string, value: string) => {
    const m = { ...mapping, [key]: value };
    setMapping(m);
    if (loaded) void runPreview(loaded, m);
  };

  const commit = async () => {
    if (!loaded || !preview) return;
    setBusy(true);
    setMessage(null);
    try {
      const r = await api.call('import.commit', {
        fileName: loaded.fileName,
        dataBase64: loaded.dataBase64,
        answerMap: answerMap(mapping),
        replace: preview.hasExistingResults && confirmReplace,
      });
      setDone(t('import.done', { respondents: r.respondents, questions: r.questions, rows: r.rows, file: r.fileName }));
      hide();
    } catch (e) {
      setMessage(e instanceof ApiCallError ? e.message : String(e));
      setBusy(false);
    }
  };

  // Unknown values of a scale stay listed while they are being mapped (the parse with a map no
  // longer reports them as unknown).
  const [mapKeys, setMapKeys] = useState<ImportPreview['unknownAnswerValues']>([]);
  useEffect(() => {
    if (!preview) return;
    setMapKeys((old) => {
      const seen = new Set(old.map((u) => u.key));
      return [...old, ...preview.unknownAnswerValues.filter((u) => !seen.has(u.key))];
    });
  }, [preview]);
  useEffect(() => setMapKeys([]), [loaded]);

  const errors = preview?.problems.filter((p) => p.severity === 'error') ?? [];
  const warnings = preview?.problems.filter((p) => p.severity === 'warning') ?? [];
  const canCommit = !!preview && preview.ok && preview.errorCount === 0 && !busy && (!preview.hasExistingResults || confirmReplace);
  const fmt = (f: string) => (f === 'xlsx' ? 'Excel' : f.toUpperCase());

  return (
    <dialog
      ref={ref}
      className="dialog import-dialog"
      onClose={hide}
      onCancel={(e) => {
        e.preventDefault();
        if (!askClose) requestClose();
      }}
      aria-labelledby="import-h"
      data-testid="import-dialog"
    >
      <h2 id="import-h">{t('import.title')}</h2>
      <div className="import-choose">
        {/* Our own button and words: the browser's file input says "Choose File / No file chosen"
            in the system's language, whatever language the app is in. */}
        <div className="import-file">
          <p id="import-file-label">{t('import.fileLabel')}</p>
          <input
            ref={inputRef}
            type="file"
            accept={ACCEPT}
            data-testid="import-file"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void readFile(f);
              e.target.value = '';
            }}
          />
          <span className="import-file-row">
            <button
              type="button"
              className="primary"
              data-testid="import-choose"
              aria-describedby="import-file-label"
              onClick={() => inputRef.current?.click()}
            >
              {preview ? t('import.chooseOther') : t('import.choose')}
            </button>
            <span className="import-file-name" data-testid="import-file-name">
              {preview?.fileName ?? t('import.noFile')}
            </span>
          </span>
        </div>
        <p className="import-templates">
          {t('results.template')}{' '}
          <button type="button" className="link-button" onClick={() => void downloadTemplate('csv')}>
            {t('results.templateCsv')}
          </button>
          {' · '}
          <button type="button" className="link-button" onClick={() => void downloadTemplate('xlsx')}>
            {t('results.templateXlsx')}
          </button>
        </p>
      </div>

      {busy && <p role="status">{t('import.reading')}</p>}
      {message && (
        <p className="import-message" role="alert" data-testid="import-message">
          {message}
        </p>
      )}

      {preview && (
        <div className="import-preview" data-testid="import-preview">
          <p className="import-summary" data-testid="import-summary">
            <strong>
              {t('import.summary', {
                file: preview.fileName,
                respondents: preview.respondents,
                questions: preview.questions,
                rows: preview.rows,
                format: fmt(preview.format),
              })}
            </strong>
            {preview.encoding && (
              <span className="hint">
                {' '}
                · {preview.encoding}
                {preview.delimiter ? ` · „${preview.delimiter === '\t' ? 'Tab' : preview.delimiter}“` : ''}
              </span>
            )}
          </p>

          {mapKeys.length > 0 && (
            <fieldset className="import-map">
              <legend>{t('import.mapTitle')}</legend>
              <p className="hint">{t('import.mapHint')}</p>
              {mapKeys.map((u) => (
                <label key={u.key} className="import-map-row">
                  <span>{t('import.mapValue', { raw: u.raw, n: u.count, row: u.firstRow })}</span>
                  <select value={mapping[u.key] ?? ''} onChange={(e) => setMap(u.key, e.target.value)} data-testid="import-map-select">
                    <option value="">{t('import.mapChoose')}</option>
                    {MAP_CHOICES.map((c) => (
                      <option key={c.value} value={c.value}>
                        {t(c.key)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}

          <section aria-labelledby="import-problems-h">
            <h3 id="import-problems-h">
              {preview.problems.length ? t('import.problems', { errors: preview.errorCount, warnings: preview.warningCount }) : t('import.noProblems')}
            </h3>
            {errors.length > 0 && <p className="hint">{t('import.fixHint')}</p>}
            {preview.problems.length > 0 && (
              <ul className="import-problems">
                {[...errors, ...warnings].map((p, i) => (
                  <li key={i} className={p.severity} data-testid="import-problem" data-row={p.row ?? ''} data-column={p.column ?? ''}>
                    <span className="import-sev">{p.severity === 'error' ? t('import.error') : t('import.warning')}</span> {p.message[t.locale]}
                  </li>
                ))}
                {preview.problemsOmitted > 0 && <li>{t('import.omitted', { n: preview.problemsOmitted })}</li>}
              </ul>
            )}
          </section>

          {preview.respondents > 0 && (
            <div className="import-tables">
              <table className="import-table" data-testid="import-per-field">
                <caption>{t('import.perField')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('results.field')}</th>
                    <th scope="col">{t('import.questions')}</th>
                    <th scope="col">{t('results.ja')}</th>
                    <th scope="col">{t('results.teilweise')}</th>
                    <th scope="col">{t('results.nein')}</th>
                    <th scope="col">{t('results.dontKnow')}</th>
                    <th scope="col">{t('results.skipped')}</th>
                    <th scope="col">{t('results.score')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.perField.map((f) => (
                    <tr key={f.key}>
                      <th scope="row">
                        {FIELDS.find((x) => x.key === f.key)!.number}. {t.fieldShort(f.key)}
                      </th>
                      <td>{f.questions}</td>
                      <td>{f.ja}</td>
                      <td>{f.teilweise}</td>
                      <td>{f.nein}</td>
                      <td>{f.weissNicht}</td>
                      <td>{f.skipped}</td>
                      <td>{f.score === null ? t('results.noScore') : formatPercent(f.score, t.locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <details className="import-respondents">
                <summary>{t('import.perRespondent', { n: preview.perRespondent.length })}</summary>
                <table className="import-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('import.respondent')}</th>
                      <th scope="col">{t('import.role')}</th>
                      <th scope="col">{t('import.answers')}</th>
                      <th scope="col">{t('results.dontKnow')}</th>
                      <th scope="col">{t('results.skipped')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.perRespondent.map((r) => (
                      <tr key={r.code}>
                        <th scope="row">{r.code}</th>
                        <td>{r.role}</td>
                        <td>{r.answers}</td>
                        <td>{r.dontKnow}</td>
                        <td>{r.skipped}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </div>
          )}

          {/* the question "replace?" only when there is something that could replace them */}
          {preview.hasExistingResults && preview.ok && preview.errorCount === 0 && (
            <div className="import-replace">
              <p>{t('import.replaceWarn', { respondents: preview.existing.respondents, questions: preview.existing.questions })}</p>
              <label>
                <input type="checkbox" checked={confirmReplace} onChange={(e) => setConfirmReplace(e.target.checked)} data-testid="import-replace" />{' '}
                {t('import.replaceConfirm')}
              </label>
            </div>
          )}
          {preview.ok && <p className="hint">{t('import.nothingWritten')}</p>}
        </div>
      )}

      {askClose && (
        <div className="ae-confirm" role="alertdialog" aria-labelledby="import-ask" data-testid="import-discard-confirm">
          <p id="import-ask">{t('import.discardQ')}</p>
          <button type="button" className="primary" data-testid="import-keep" onClick={() => setAskClose(false)}>
            {t('plan.keepEditing')}
          </button>
          <button type="button" data-testid="import-discard" onClick={hide}>
            {t('import.discard')}
          </button>
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={requestClose}>
          {t('import.cancel')}
        </button>
        <button type="button" className="primary" disabled={!canCommit} onClick={() => void commit()} data-testid="import-commit">
          {t('import.commit')}
        </button>
      </div>
    </dialog>
  );
}
