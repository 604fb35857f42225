import { z } from 'zod';
import { q } from './define';

export const EXPORT_FORMAT_KEYS = ['pdf', 'docx', 'xlsx', 'csv', 'md', 'ics'] as const;
export type ExportFormatKey = (typeof EXPORT_FORMAT_KEYS)[number];

// A query: exporting reads the open workshop, at any moment and from any phase; it changes nothing.
export const exportMethods = {
  'export.render': q(
    z
      .object({
        format: z
          .enum(EXPORT_FORMAT_KEYS, { error: (iss) => `Unbekanntes Format „${String(iss.input)}“. Möglich sind: ${EXPORT_FORMAT_KEYS.join(', ')}.` })
          .default('pdf'),
        locale: z.enum(['de', 'en']).optional(),
      })
      .strict(),
    z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), bytes: z.number().int() }),
    ['workshop', 'session', 'results', 'cards', 'ideas', 'votes', 'actions', 'agenda', 'tables'],
  ),
} as const;
