import type { createHandlerRegistry } from '../handler';
import { askUnmute, mute, setMuteAll, unmute } from './handlers';
import { deleteMessage } from './delete-message';
import { remove } from './remove';
import { end, lock, pause, slowMode } from './room-controls';
import { timeout, warn } from './sanctions';

export function registerModerationHandlers({
  handleInRoom,
}: ReturnType<typeof createHandlerRegistry>): void {
  handleInRoom('mod:mute', mute);
  handleInRoom('mod:unmute', unmute);
  handleInRoom('mod:ask-unmute', askUnmute);
  handleInRoom('mod:mute-all', setMuteAll);
  handleInRoom('mod:remove', remove);
  handleInRoom('mod:warn', warn);
  handleInRoom('mod:timeout', timeout);
  handleInRoom('mod:delete-message', deleteMessage);
  handleInRoom('room:lock', lock);
  handleInRoom('room:pause', pause);
  handleInRoom('room:slow-mode', slowMode);
  handleInRoom('room:end', end);
}
