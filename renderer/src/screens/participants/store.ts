import { createResource } from '../../stores/resource';

// Mirror of the participant mode's status (join URL, QR, device count); reloads on its staleOn topics.
export const useParticipantsStore = createResource('participants.status');
