import type { createHandlerRegistry } from '../handler';
import { askUnmute, mute, setMuteAll, unmute } from './handlers';

export function registerModerationHandlers({
  handleInRoom,
}: ReturnType<typeof createHandlerRegistry>): void {
  handleInRoom('mod:mute', mute);
  handleInRoom('mod:unmute', unmute);
  handleInRoom('mod:ask-unmute', askUnmute);
  handleInRoom('mod:mute-all', setMuteAll);
}
