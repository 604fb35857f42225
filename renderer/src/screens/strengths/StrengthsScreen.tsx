import { useState } from 'react';
import { useResource } from '../../stores/resource';
import { useBoardStore } from '../../stores/data';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { CaptureBar } from './CaptureBar';
import { BoardView } from './BoardView';
import { SortPreviewPanel } from './SortPreview';
import { FromResults } from './FromResults';
import { MergeSuggestions } from './MergeSuggestions';
import { say, useBoardUi } from './ui';
import { TablesButton } from '../agenda/TablesDialog';
import { ArrangementToggle, ProjectTableSelect, TableBoard } from './TableBoard';
import { useTablesStore, useTableUi } from './tables';
import './strengths.css';

export function StrengthsScreen() {
  const t = useT();
  const { data } = useResource(useBoardStore);
  const run = useApp((s) => s.run);
  const [sorting, setSorting] = useState(false);
  useResource(useTablesStore); // the capture choice, the cards' table tags and the board by table read it
  const view = useTableUi((s) => s.view);

  return (
    <section className="strengths">
      <div className="screen-head strengths-head">
        <h2>{t('cards.title')}</h2>
        <div className="strengths-tools">
          <ArrangementToggle />
          <TablesButton />
          <ProjectTableSelect />
          <button
            type="button"
            onClick={async () => {
              say();
              const made = await run('clusters.create', {});
              if (made) useBoardUi.getState().set({ editingCluster: made.clusterId });
            }}
          >
            + {t('board.newCluster')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => setSorting(true)}
            disabled={!data?.cards.length}
            aria-expanded={sorting}
            data-testid="sort-again"
          >
            {t('board.sortAgain')}
          </button>
        </div>
      </div>
      <CaptureBar />
      {sorting && <SortPreviewPanel onClose={() => setSorting(false)} />}
      {data && !sorting && data.clusters.length > 1 && <MergeSuggestions board={data} />}
      <FromResults />
      {!data ? (
        <p role="status">{t('common.loading')}</p>
      ) : data.cards.length === 0 && data.clusters.length === 0 ? (
        <p className="empty">{t('cards.empty')}</p>
      ) : (
        <>
          <p className="hint pin-note">{t('board.pinNote')}</p>
          <details className="keys-hint">
            <summary>{t('shell.shortcuts')}</summary>
            <p className="hint">{t('board.keysHint')}</p>
            <p className="hint">{t('board.captureHint')}</p>
          </details>
          {view === 'tables' ? <TableBoard board={data} /> : <BoardView board={data} />}
        </>
      )}
    </section>
  );
}
