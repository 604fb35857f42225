import fs from 'node:fs';
import path from 'node:path';
import { test, expect, createWorkshop } from './fixtures';

const FIXTURE = path.resolve('tests/fixtures/import/musterstadt-selbstcheck.csv');
const NNBSP = '\u202f';
const pct = (s: string) => `${s}${NNBSP}%`;

test('import a CSV through the file chooser: preview, import, the chart shows the numbers', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkshop(page, 'Musterstadt');
  await expect(page.locator('#main').getByText('Noch keine Ergebnisse importiert.')).toBeVisible();
  await page.getByTestId('results-import').click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await expect(dialog.getByTestId('import-summary')).toContainText('6 Befragte, 14 Fragen, 81 Antworten (CSV)');
  const perField = dialog.getByTestId('import-per-field');
  await expect(perField.locator('tbody tr')).toHaveCount(7);
  await expect(perField.locator('tbody tr').nth(0)).toContainText(pct('70'));
  await expect(perField.locator('tbody tr').nth(3)).toContainText('keine Bewertung');
  await expect(dialog.getByText('Je befragter Person (6)')).toBeVisible();
  await dialog.getByTestId('import-commit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-done')).toContainText('Importiert: 6 Befragte, 14 Fragen, 81 Antworten');

  // The numbers are written on the chart (a projector has no hover).
  const chart = page.locator('#main').getByTestId('field-bars');
  await expect(chart).toContainText(`${pct('70')} · n = 10`);
  await expect(chart).toContainText(`${pct('30')} · n = 10`);
  await expect(chart).toContainText(`${pct('79,2')} · n = 12`);
  await expect(chart).toContainText('keine Bewertung');
  await expect(chart).toContainText(`${pct('70,8')} · n = 12`);
  await expect(chart).toContainText(`${pct('54,5')} · n = 11`);
  await expect(chart).toContainText(`${pct('27,3')} · n = 11`);

  // Strengths and potentials, each one click from the later phases.
  const strengths = page.getByTestId('results-strengths');
  await strengths.getByRole('button', { name: 'Als Karte übernehmen' }).first().click();
  await expect(strengths.getByTestId('results-take').first()).toHaveText('✓ übernommen');
  const potentials = page.getByTestId('results-potentials');
  await potentials.getByRole('button', { name: 'Als Schritt übernehmen' }).first().click();
  await expect(potentials.getByTestId('results-take').first()).toHaveText('✓ übernommen');
  await page.getByRole('button', { name: /Stärken/ }).click();
  await expect(page.getByTestId('card')).toHaveCount(1);
});

test('a dropped file opens the preview; a broken file shows row and column and writes nothing', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkshop(page, 'Fehlerstadt');
  const bad =
    'befragte_person;funktion;handlungsfeld;frage_id;frage;antwort\nBM;Büro;management;1.1;Leitbild?;ja\nIB;Integration;Feld 9;1.2;Steuerung?;vielleicht\n';
  // Simulated drag and drop of a file onto the window.
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'fehler.csv', { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, bad);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  const problems = dialog.getByTestId('import-problem');
  await expect(problems.first()).toBeVisible();
  await expect(dialog.locator('[data-testid=import-problem][data-row="3"][data-column="handlungsfeld"]')).toContainText(
    'Zeile 3, Spalte „handlungsfeld“: Unbekanntes Handlungsfeld „Feld 9“',
  );
  await expect(dialog.locator('[data-testid=import-problem][data-row="3"][data-column="antwort"]')).toContainText('Unbekannte Antwort „vielleicht“');
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#main').getByText('Noch keine Ergebnisse importiert.')).toBeVisible();
});

test('unknown answer values can be mapped; importing again asks before replacing', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkshop(page, 'Skalenstadt');
  const tmp = path.join(server.dir, 'skala.csv');
  fs.writeFileSync(
    tmp,
    'befragte_person;handlungsfeld;frage_id;frage;antwort\nBM;management;1.1;Leitbild?;stimme voll zu\nIB;management;1.1;;stimme eher zu\n',
  );
  await page.getByTestId('results-import').click();
  const dialog = page.getByTestId('import-dialog');
  await page.getByTestId('import-file').setInputFiles(tmp);
  await expect(dialog.getByTestId('import-map-select')).toHaveCount(2);
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();
  await dialog.getByTestId('import-map-select').nth(0).selectOption('ja');
  await dialog.getByTestId('import-map-select').nth(1).selectOption('teilweise');
  await expect(dialog.getByText('Keine Probleme gefunden.')).toBeVisible();
  await dialog.getByTestId('import-commit').click();
  await expect(page.locator('#main').getByTestId('field-bars')).toContainText(`${pct('75')} · n = 2`);

  // a file with errors cannot replace anything: no question about replacing then
  const broken = path.join(server.dir, 'kaputt.csv');
  fs.writeFileSync(broken, 'befragte_person;handlungsfeld;frage_id;frage;antwort\nBM;Feld 9;1.1;Leitbild?;ja\n');
  await page.getByTestId('results-import').click();
  await page.getByTestId('import-file').setInputFiles(broken);
  await expect(dialog.getByTestId('import-problem').first()).toBeVisible();
  await expect(dialog.getByTestId('import-replace')).toHaveCount(0);
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await expect(dialog.getByTestId('import-summary')).toContainText('6 Befragte');
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();
  await dialog.getByTestId('import-replace').check();
  await dialog.getByTestId('import-commit').click();
  await expect(page.locator('#main').getByTestId('field-bars')).toContainText(`${pct('79,2')} · n = 12`);
});

test('the facilitator steps through the fields with the keyboard and the projector follows', async ({ page, context, demoServer }) => {
  await page.goto(demoServer.url);
  const projector = await context.newPage();
  await projector.goto(`${demoServer.url}#/projektor`);
  await page.locator('#results-tab-all').click();
  await expect(projector.getByTestId('proj-results-overview')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(projector.getByTestId('proj-results-field')).toHaveAttribute('data-field', 'management');
  // Bild↓ (what a presenter remote sends) first turns this field's pages in the room, then the field.
  const qpages = projector.getByTestId('proj-qpages');
  await expect(page.getByTestId('proj-controls-page')).toContainText(`von ${await qpages.getAttribute('data-pages')}`);
  const pages = Number(await qpages.getAttribute('data-pages'));
  for (let p = 2; p <= pages; p++) {
    await page.keyboard.press('PageDown');
    await expect(qpages).toHaveAttribute('data-page', String(p));
    await expect(page.getByTestId('proj-controls-page')).toContainText(`Seite ${p} von ${pages}`);
  }
  await page.keyboard.press('PageDown');
  await expect(projector.getByTestId('proj-results-field')).toHaveAttribute('data-field', 'oeffnung');
  await expect(page.locator('#results-tab-oeffnung')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(projector.getByTestId('proj-results-overview')).toBeVisible();
});
