import type { Card } from '../../../../shared/domain/schemas';
import { useApp } from '../../stores/app';
import { useBoardStore } from '../../stores/data';
import type { useT } from '../../i18n';
import { flashCard, say, useBoardUi } from './ui';

// Board actions used from several places (drag and drop, menus, "Verschieben nach …", suggestions):
// each says its outcome in the status line, replacing the message of the action before.

type T = ReturnType<typeof useT>;

/** A card's handle on the board: where the keyboard focus goes after the card was moved or edited. */
export const cardHandle = (cardId: number) => `.board-grid [data-card-id="${cardId}"] .drag-handle`;
/** A theme's handle or "⋯" menu button: where the focus goes after the theme was renamed or grew. */
export const themeControl = (clusterId: number, which: 'handle' | 'menu') =>
  `.board-grid [data-cluster-id="${clusterId}"] .cluster-head > ${which === 'handle' ? '.drag-handle' : '.menu-button'}`;

/** Move a card by hand (pinned). Shows the move at once; the server's answer confirms it. */
export async function moveCard(card: Card, target: number | null | 'new', t: T): Promise<boolean> {
  const { run } = useApp.getState();
  const ui = useBoardUi.getState();
  let clusterId: number | null;
  let label: string | undefined;
  if (target === 'new') {
    say();
    const made = await run('clusters.create', {});
    if (!made) return false;
    clusterId = made.clusterId;
    label = made.label;
  } else clusterId = target;
  if (clusterId === card.clusterId) return false;
  say();
  ui.override(card.id, clusterId);
  const ok = await run('cards.move', { id: card.id, clusterId });
  // The change event reloads the board; the override goes once the board shows the move (see BoardView).
  if (!ok) {
    useBoardUi.getState().clearOverride(card.id);
    return false;
  }
  flashCard(card.id);
  label ??= useBoardStore.getState().data?.clusters.find((k) => k.id === clusterId)?.label ?? '';
  say(clusterId === null ? t('board.droppedNone', { text: card.text }) : t('board.dropped', { text: card.text, label }), {
    placed: [[card.id, clusterId]],
  });
  return true;
}

/** Moves every card of one theme into another; the first one is gone then. */
export async function mergeThemes(sourceId: number, targetId: number, t: T): Promise<boolean> {
  const board = useBoardStore.getState().data;
  const from = board?.clusters.find((k) => k.id === sourceId)?.label ?? '';
  const to = board?.clusters.find((k) => k.id === targetId)?.label ?? '';
  const cards = board?.cards.filter((c) => c.clusterId === sourceId).map((c) => c.id) ?? [];
  say();
  const ok = await useApp.getState().run('clusters.merge', { sourceId, targetId });
  if (ok) say(t('board.suggestMerged', { from, to }), { clusters: [targetId], goneClusters: [sourceId], placed: cards.map((id) => [id, targetId]) });
  return !!ok;
}
