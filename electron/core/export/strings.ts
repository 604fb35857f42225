// The exports' words come from the shared message catalogue (shared/messages/exportText.ts, one
// catalogue per language with plural rules). This is the exporters' typed accessor: an unknown
// key is a type error, and every key exists in German and English (enforced by `catalog()`).
import { formatMessage, type MessageId, type Params } from '../../../shared/messages';
import { ACTION_STATUSES, EFFECT_LEVELS } from '../../../shared/domain/fields';
import type { ActionStatus, EffectLevel, ExportLocale } from './model';

export type ExportTextId = Extract<MessageId, `exportText.${string}`>;

/** Formats one export text in the export's language: `t('exportText.docTitle')`. */
export type ExportText = (id: ExportTextId, params?: Params) => string;

export function exportText(locale: ExportLocale): ExportText {
  const L: ExportLocale = locale === 'en' ? 'en' : 'de';
  return (id, params) => formatMessage(L, id, params);
}

/** The word for an action status; an unknown status (hand-built model) is shown as it is. */
export function statusText(t: ExportText, status: ActionStatus): string {
  return (ACTION_STATUSES as readonly string[]).includes(status) ? t(`exportText.status.${status}`) : String(status);
}

export function effectLevelText(t: ExportText, level: EffectLevel): string {
  return (EFFECT_LEVELS as readonly string[]).includes(level) ? t(`exportText.effectLevel.${level}`) : String(level);
}

/** "a, b und c" / "a, b and c" */
export function joinList(parts: string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}
