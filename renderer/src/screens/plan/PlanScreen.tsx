import { useResource } from '../../stores/resource';
import { useActionsStore } from '../../stores/data';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { QuickInput } from '../../components/QuickInput';
import { formatDate, todayIso } from '../../format';

export function PlanScreen() {
  const t = useT();
  const { data } = useResource(useActionsStore);
  const { status, run } = useApp();
  const today = todayIso();
  const nextReview = status?.workshop?.meta.nextReview;
  return (
    <section className="plan">
      <div className="screen-head">
        <h2>{t('plan.title')}</h2>
        {nextReview && <p className="hint">{t('plan.nextReview', { date: formatDate(nextReview, t.locale) })}</p>}
      </div>
      <QuickInput label={t('plan.placeholder')} placeholder={t('plan.placeholder')} testId="action-input"
        onSubmit={async (title) => (await run('actions.add', { title })) !== null} />
      {!data ? <p role="status">{t('common.loading')}</p> : data.length === 0 ? <p className="empty">{t('plan.empty')}</p> : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('plan.col.title')}</th><th scope="col">{t('plan.col.field')}</th>
              <th scope="col">{t('plan.col.responsible')}</th><th scope="col">{t('plan.col.due')}</th><th scope="col">{t('plan.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((a) => {
              const overdue = !!a.due && a.due < today && a.status !== 'erledigt' && a.status !== 'zurueckgestellt';
              return (
                <tr key={a.id} data-testid="action-row" className={overdue ? 'overdue' : undefined}>
                  <td lang="de">{a.title}</td>
                  <td>{t.fieldShort(a.field)}</td>
                  <td lang="de">{a.responsible}</td>
                  <td>{formatDate(a.due, t.locale)}{overdue && <span className="badge warn">{t('plan.overdue')}</span>}</td>
                  <td>{t(`status.${a.status}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
