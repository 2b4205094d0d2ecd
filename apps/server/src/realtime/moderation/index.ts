import type { createHandlerRegistry } from '../handler';
import { askUnmute, mute, setMuteAll, unmute } from './handlers';
import { remove } from './remove';
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
}
