import { errors } from './errors';
import { db } from './db';
import { validation } from './validation';
import { domain } from './domain';
import { http } from './http';
import { exportMessages } from './export';
import { exportText } from './exportText';
import { agenda } from './agenda';
import { participants } from './participants';
import { importMessages } from './import';
import { ui } from './ui';
import { undo } from './undo';
import { exchange } from './exchange';
import { cli } from './cli';
import { votes } from './votes';
import type { Locale } from './define';

// Every area catalogue; add a new area here, one per line. Keys are prefixed by area ("db.locked").
const AREAS = {
  errors,
  db,
  validation,
  domain,
  http,
  export: exportMessages,
  exportText,
  agenda,
  participants,
  import: importMessages,
  ui,
  undo,
  exchange,
  cli,
  votes,
} as const;

type AreaKeys<A extends keyof typeof AREAS> = `${A & string}.${keyof (typeof AREAS)[A]['de'] & string}`;
export type MessageId = { [A in keyof typeof AREAS]: AreaKeys<A> }[keyof typeof AREAS];

export function rawMessage(locale: Locale, id: string): string | undefined {
  const dot = id.indexOf('.');
  const area = AREAS[id.slice(0, dot) as keyof typeof AREAS] as { de: Record<string, string>; en: Record<string, string> } | undefined;
  return area?.[locale]?.[id.slice(dot + 1)];
}

export function isMessageId(id: string): id is MessageId {
  return rawMessage('de', id) !== undefined;
}
