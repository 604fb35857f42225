import { afterEach, beforeEach, expect, test } from 'vitest';
import { WorkshopService } from '../service';
import { runLoad } from '../../../tests/fixtures/participants-load';
import { phoneService } from '../../../tests/fixtures/phone-service';

// The load benchmark scaled down for CI (bench/participants-load.bench.ts runs 200 phones):
// 20 phones, 60 cards, a dot round, with lost answers and dropped streams injected.
// Correctness only — no timing assertions on a shared machine.

let s: WorkshopService;
let done: () => Promise<void>;
beforeEach(async () => {
  ({ s, done } = await phoneService('werkstatt-load-', 'Lastdorf'));
});
afterEach(() => done());

test('20 phones, 60 cards, a dot round, with lost answers and dropped streams: nothing lost, nothing twice, every phone sees all', async () => {
  const st = await s.run('participants.start', { address: '127.0.0.2', port: 0 });
  const r = await runLoad({
    address: '127.0.0.2',
    port: st.port!,
    code: st.code!,
    phones: 20,
    cardsPerPhone: 3,
    lostAnswers: 0.2,
    droppedStreams: 0.2,
    fac: (m, i) => s.run(m as never, i ?? {}),
  });
  expect(r.errors).toEqual([]);
  expect(r.joined).toBe(20);
  expect(r.lost).toBe(0);
  expect(r.duplicated).toBe(0);
  expect(r.phonesMissingCards).toBe(0);
  expect(r.cardPost).toHaveLength(60);
  expect(r.votesTotal).toBe(r.votesExpected);
  expect(r.overBudget).toBe(0);
  expect(r.revealSeenBy).toBe(20);
  // every card on the board is clustered once the queue has drained
  const t0 = Date.now();
  while ((s.workshop!.db.prepare('SELECT count(*) FROM cards WHERE cluster_id IS NULL').pluck().get() as number) > 0 && Date.now() - t0 < 10000)
    await new Promise((res) => setTimeout(res, 50));
  expect(s.workshop!.db.prepare('SELECT count(*) FROM cards WHERE cluster_id IS NULL').pluck().get()).toBe(0);
}, 60000);
