import { z } from 'zod';
import { IdSchema } from '../domain/schemas';
import { ctl, Empty, mut, Ok, q } from './define';

// The facilitator's side of the participant mode (issue #10): switch it on for one address of
// this laptop, renew the join code, moderate what phones sent. The phones' own contract is
// shared/participants/contract.ts, served by a separate server; none of these methods is
// reachable from a phone.

export const AddressCandidateSchema = z.object({
  address: z.string(),
  iface: z.string(),
  /** VirtualBox, Docker, WSL, VPN …: listed, but after the real adapters */
  virtual: z.boolean(),
  /** loopback: only for tests and the command line */
  loopback: z.boolean(),
});
export type AddressCandidate = z.infer<typeof AddressCandidateSchema>;

export const SelfCheckSchema = z.object({ ok: z.boolean(), detail: z.string().nullable(), at: z.string() });

const QrSchema = z.object({ size: z.number().int(), modules: z.string() });

/** One table's own join code (issue #13): a device joined with it captures that table's cards only. */
export const ParticipantTableSchema = z.object({
  id: IdSchema,
  name: z.string(),
  code: z.string(),
  joinUrl: z.string(),
  qr: QrSchema,
  /** table-host devices joined with this table's code */
  devices: z.number().int(),
});
export type ParticipantTable = z.infer<typeof ParticipantTableSchema>;

export const ParticipantStatusSchema = z.object({
  running: z.boolean(),
  address: z.string().nullable(),
  port: z.number().int().nullable(),
  code: z.string().nullable(),
  /** upper case on purpose: pure alphanumeric, so the QR code stays small (version 2 instead of 3) */
  joinUrl: z.string().nullable(),
  /** devices that joined in this run */
  devices: z.number().int(),
  /** devices with an open event stream right now */
  connected: z.number().int(),
  /** cards and ideas from phones wait hidden until the facilitator shows them */
  review: z.boolean(),
  /** phones can look but not send */
  paused: z.boolean(),
  /** the projector shows the QR code and the address over everything */
  showOnProjector: z.boolean(),
  check: SelfCheckSchema.nullable(),
  /** QR modules of joinUrl, row by row, '1' = dark */
  qr: QrSchema.nullable(),
  /** items waiting for review (pending or flagged) */
  waiting: z.number().int(),
  /** every table's own code while the mode runs (empty when off or without tables) */
  tables: z.array(ParticipantTableSchema),
});
export type ParticipantStatus = z.infer<typeof ParticipantStatusSchema>;

export const participantsMethods = {
  'participants.addresses': q(Empty, z.array(AddressCandidateSchema), ['participants']),
  'participants.status': q(Empty, ParticipantStatusSchema, ['participants', 'cards', 'ideas', 'tables']),
  /** Starts the phone server on one address (never 0.0.0.0) and checks it by calling itself there. */
  'participants.start': ctl(
    z.object({ address: z.string().min(1).max(64), port: z.number().int().min(0).max(65535).optional() }).strict(),
    ParticipantStatusSchema,
    ['participants'],
  ),
  /** Stops the server, ends every phone session and deletes every link between device and card. */
  'participants.stop': ctl(Empty, ParticipantStatusSchema, ['participants']),
  /** A new join code: old links and QR codes stop working; phones already in stay in. */
  'participants.renewCode': ctl(Empty, ParticipantStatusSchema, ['participants']),
  /** A new code for one table: its old link stops working and the devices joined with it are signed out. */
  'participants.renewTableCode': ctl(z.object({ tableId: IdSchema }).strict(), ParticipantStatusSchema, ['participants']),
  'participants.check': ctl(Empty, ParticipantStatusSchema, ['participants']),
  'participants.configure': ctl(
    z.object({ review: z.boolean().optional(), paused: z.boolean().optional(), showOnProjector: z.boolean().optional() }).strict(),
    ParticipantStatusSchema,
    ['participants'],
  ),
  /** Shows a card or idea from a phone that waited for review (or was flagged by the word list). */
  'participants.approve': mut(z.object({ kind: z.enum(['card', 'idea']), id: IdSchema }).strict(), Ok, ['cards', 'ideas', 'participants'], 'undo.approve'),
} as const;
