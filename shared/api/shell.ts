import { z } from 'zod';
import { WorkshopInfoSchema } from '../domain/schemas';
import { ctl, Empty, Ok } from './define';

// What only the desktop shell can do: native file dialogs and the projector screen. The handlers
// live in electron/main (the only place with Electron); the service validates the input against
// these schemas and dispatches like any other method. In the browser and the CLI they are refused.
// No topics of their own: the workshop.open / workshop.saveAs they lead to announce the change.
export const shellMethods = {
  'shell.openProjector': ctl(Empty, Ok, []),
  /** Native "open" dialog, then workshop.open; null when cancelled. */
  'shell.pickOpen': ctl(Empty, WorkshopInfoSchema.nullable(), []),
  /** Native "save as" dialog (suggesting `name`), then workshop.saveAs; null when cancelled. */
  'shell.pickSaveAs': ctl(z.object({ name: z.string().max(255).optional() }).strict(), WorkshopInfoSchema.nullable(), []),
  /** Native dialog for exchange packages: a folder of them, or one package file. The chosen path; null when cancelled. */
  'shell.pickPath': ctl(z.object({ kind: z.enum(['folder', 'package']) }).strict(), z.string().nullable(), []),
} as const;
