import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';

// The facilitator's dialogs "Ablauf" and "Tische": nothing cut off ("Progra", "Maßn",
// "Integrationsbeauftragt…") on a 1920×1080 screen, and still no horizontal scrolling on the
// small ones. Text widths are measured in each control's own font.

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

/**
 * Every option of every select in `root` (and with `fields`, every text field's value) that does
 * not fit its control: the text is wider than the control's text box, or the select is narrower
 * than it would be to show its longest option beside the arrow. Also a root that scrolls sideways.
 */
async function clipped(root: Locator, fields = false): Promise<string[]> {
  return root.evaluate((d, fields) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const out: string[] = [];
    const box = (el: HTMLElement) => {
      const cs = getComputedStyle(el);
      ctx.font = cs.font;
      return el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    };
    for (const s of d.querySelectorAll('select')) {
      // the width this select takes when nothing limits it: its longest option and the arrow
      const probe = s.cloneNode(true) as HTMLSelectElement;
      probe.style.cssText = 'position:absolute;visibility:hidden;width:max-content';
      s.parentElement!.append(probe);
      const need = probe.getBoundingClientRect().width;
      probe.remove();
      const have = s.getBoundingClientRect().width;
      const room = box(s);
      for (const o of s.options) {
        const w = ctx.measureText(o.text).width;
        if (w > room || have + 0.5 < need)
          out.push(
            `${s.getAttribute('aria-label')}: „${o.text}“ needs ${Math.ceil(w)} px, has ${Math.floor(room)} px (select ${Math.floor(have)} of ${Math.ceil(need)} px)`,
          );
      }
    }
    for (const i of fields ? d.querySelectorAll('input:not([type=checkbox]):not([type=radio])') : []) {
      const el = i as HTMLInputElement;
      const room = box(el);
      const w = ctx.measureText(el.value).width;
      if (w > room) out.push(`${el.getAttribute('aria-label')}: „${el.value}“ needs ${Math.ceil(w)} px, has ${Math.floor(room)} px`);
    }
    if (d.scrollWidth > d.clientWidth + 1) out.push(`dialog scrolls sideways: ${d.scrollWidth} > ${d.clientWidth}`);
    return out;
  }, fields);
}

for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`;

  test(`Ablauf at ${tag}: every option of "Art" and "öffnet" readable, no sideways scrolling`, async ({ page, demoServer }) => {
    await page.setViewportSize(size);
    await page.goto(demoServer.url);
    await page.getByTestId('agenda-open').click();
    const dialog = page.getByTestId('agenda-dialog');
    await expect(dialog.getByTestId('agenda-row')).toHaveCount(9);
    const phase = dialog.getByRole('combobox', { name: 'Maßnahmenplan: wer, was, bis wann: öffnet' });
    await expect(phase.locator('option:checked')).toHaveText('Maßnahmenplan');
    // the titles and notes are free text (a long note may scroll in its field); the choices may not
    expect(await clipped(dialog)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`agenda-${tag}.png`) });
  });

  test(`Tische at ${tag}: "Integrationsbeauftragte" and every other name fits its field`, async ({ page, demoServer }) => {
    await page.setViewportSize(size);
    await page.goto(demoServer.url);
    await page.getByTestId('runbar-tables').click();
    const dialog = page.getByTestId('tables-dialog');
    await expect(dialog.getByTestId('table-row')).toHaveCount(7);
    await expect(dialog.getByTestId('table-host').first()).toHaveValue('Integrationsbeauftragte');
    expect(await clipped(dialog, true)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`tables-${tag}.png`) });
  });
}

test.describe('in an English-language browser', () => {
  test.use({ locale: 'en-US' });

  test('Ablauf: "Beginn" reads and takes 24-hour time (14:00, never 02:00 PM); a wrong time is refused', async ({ page, demoServer }) => {
    await page.goto(demoServer.url);
    await page.getByTestId('agenda-open').click();
    const dialog = page.getByTestId('agenda-dialog');
    const start = dialog.getByRole('textbox', { name: 'Beginn' });
    // a text field: the browser's own time field would show the system's 12-hour format here
    await expect(start).toHaveValue('14:00');
    expect(await start.evaluate((el) => (el as HTMLInputElement).type)).toBe('text');
    await expect(dialog.getByTestId('agenda-total')).toContainText('Ende geplant 17:30');

    await start.fill('9.30');
    await start.press('Enter');
    await expect(start).toHaveValue('09:30');
    await expect(dialog.getByTestId('agenda-total')).toContainText('Ende geplant 13:00');

    await start.fill('2 PM');
    await start.press('Enter');
    await expect(dialog.getByTestId('agenda-time-problem')).toHaveText('Uhrzeit im Format HH:MM, z. B. 14:00');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByTestId('agenda-total')).toContainText('Ende geplant 13:00'); // not saved
    await start.press('Escape'); // back to the saved time, the dialog stays open
    await expect(start).toHaveValue('09:30');
    await expect(dialog.getByTestId('agenda-time-problem')).toHaveCount(0);
    await expect(dialog).toBeVisible();

    // undo brings the old start back, in the same format
    await dialog.getByRole('button', { name: 'Schließen', exact: true }).click();
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await page.getByTestId('agenda-open').click();
    await expect(page.getByTestId('agenda-dialog').getByRole('textbox', { name: 'Beginn' })).toHaveValue('14:00');
  });
});
