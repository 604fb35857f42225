import { useApp } from '../../stores/app';
import { useBoardStore, useResultsStore } from '../../stores/data';
import { useResource } from '../../stores/resource';
import { useT } from '../../i18n';
import { flashCard, say } from './ui';

const NO_CARDS: { source: string | null }[] = [];

/** One click turns a strength of the self-check results into a card (source question:ID). */
export function FromResults() {
  const t = useT();
  const run = useApp((s) => s.run);
  const { data } = useResource(useResultsStore);
  const cards = useBoardStore((s) => s.data?.cards ?? NO_CARDS);
  const strengths = (data?.strengths.questions ?? []).filter((q) => q.text);
  if (!strengths.length) return null;
  const taken = new Set(cards.map((c) => c.source).filter(Boolean));
  return (
    <details className="from-results">
      <summary>{t('board.fromResults', { n: strengths.length })}</summary>
      <ul>
        {strengths.map((q) => {
          const done = taken.has(`question:${q.questionId}`);
          return (
            <li key={q.questionId}>
              <span lang="de">{q.text}</span> <span className="field-tag">{t.fieldShort(q.field)}</span>
              <button
                type="button"
                className="small"
                disabled={done}
                onClick={async () => {
                  say();
                  const c = await run('cards.add', { text: q.text!.slice(0, 500), field: q.field, source: `question:${q.questionId}` });
                  if (c) flashCard(c.id);
                }}
              >
                {done ? `✓ ${t('board.fromResultsDone')}` : t('board.fromResultsTake')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
