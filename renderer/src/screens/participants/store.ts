import { createResource } from '../../stores/resource';

// Mirror of the participant mode's status (join URL, QR, device count); reloads on 'participants'.
export const useParticipantsStore = createResource('participants.status', ['participants', 'cards', 'ideas']);
