import type { EventEmitter } from 'node:events';
import { addressCandidates } from '../participants/addresses';
import { ParticipantMode } from '../participants/mode';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

/**
 * The facilitator's methods for the participant mode. The phones never reach these: they talk to
 * the separate phone server (electron/core/participants/server.ts) with its own contract.
 */
export function participantsHandlers(
  s: ServiceContext,
  events: EventEmitter,
  mode = new ParticipantMode({ ctx: s, events }),
): AreaHandlers<MethodsOf<'participants'>> {
  return {
    'participants.addresses': () => addressCandidates({ includeLoopback: false }),
    'participants.status': () => mode.status(),
    'participants.start': (i) => mode.start(i.address, i.port ?? 8765),
    'participants.stop': () => mode.stop(),
    'participants.renewCode': () => mode.renew(),
    'participants.renewTableCode': (i) => mode.renewTable(i.tableId),
    'participants.check': () => mode.selfCheck(),
    'participants.configure': (i) => mode.configure(i),
    'participants.approve': (i) => {
      mode.approve(i.kind, i.id);
      return { ok: true as const };
    },
  };
}
