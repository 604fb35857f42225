import type { Page } from '@playwright/test';

// The projector check shared by the room, table and timer specs (ux.md: readable from the back).
/**
 * Everything on the projector that is small (< 3 % of the screen height), cut off, clamped or
 * outside the screen (empty when fine).
 */
export async function projectorProblems(projector: Page): Promise<string[]> {
  return projector.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-testid=projector]')!;
    const rb = root.getBoundingClientRect();
    const bad: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} «${(el.textContent ?? '').slice(0, 40)}»`;
    const min = 0.03 * window.innerHeight - 0.5;
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const cs = getComputedStyle(el);
      if (cs.textOverflow === 'ellipsis') bad.push(`ellipsis: ${name(el)}`);
      const clamp = cs.getPropertyValue('-webkit-line-clamp');
      if (clamp && clamp !== 'none') bad.push(`line-clamp ${clamp}: ${name(el)}`);
      if (cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) bad.push(`scrolls sideways: ${name(el)}`);
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!hasText) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (parseFloat(cs.fontSize) < min) bad.push(`small type ${cs.fontSize}: ${name(el)}`);
      if (r.left < rb.left - 1 || r.top < rb.top - 1 || r.right > rb.right + 1 || r.bottom > rb.bottom + 1) bad.push(`off screen: ${name(el)}`);
      // Hidden text: clipped by any ancestor that hides its overflow (the packers' invisible
      // measuring copies make scrollHeight useless here, so each visible text is checked instead).
      for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
        const acs = getComputedStyle(a);
        if (acs.overflowX === 'visible' && acs.overflowY === 'visible') continue;
        const ar = a.getBoundingClientRect();
        if (r.bottom > ar.bottom + 1 || r.right > ar.right + 1 || r.top < ar.top - 1 || r.left < ar.left - 1) {
          bad.push(`clipped by ${a.className}: ${name(el)}`);
          break;
        }
      }
    }
    return bad;
  });
}
