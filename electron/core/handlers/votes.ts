import {
  addParticipant,
  cast,
  configureVotes,
  deleteParticipant,
  listParticipants,
  listTallies,
  readVoteSettings,
  resetVotes,
  setProjectorView,
  setRevealed,
  tally,
} from '../db/repo/votes';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

export function votesHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'votes'>> {
  return {
    'votes.settings': () => readVoteSettings(s.db()),
    'votes.configure': (i) => configureVotes(s.db(), i),
    'votes.reveal': (i) => setRevealed(s.db(), i.revealed),
    'votes.projectorView': (i) => setProjectorView(s.db(), i.view),
    'votes.tallies': () => listTallies(s.db()),
    'votes.tally': (i) => tally(s.db(), i),
    'votes.reset': () => {
      resetVotes(s.db());
      return { ok: true as const };
    },
    'votes.participants': () => listParticipants(s.db()),
    'votes.addParticipant': (i) => addParticipant(s.db(), i.label, i.sector ?? null),
    'votes.deleteParticipant': (i) => {
      deleteParticipant(s.db(), i.id);
      return { ok: true as const };
    },
    'votes.cast': (i) => cast(s.db(), i.participantId, i.ideaId, i.delta),
  };
}
