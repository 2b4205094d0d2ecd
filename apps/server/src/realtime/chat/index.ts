import type { createHandlerRegistry } from '../handler';
import { history } from './history';
import { send } from './send';

export function registerChatHandlers({
  handleInRoom,
}: ReturnType<typeof createHandlerRegistry>): void {
  handleInRoom('chat:send', send);
  handleInRoom('chat:history', history);
}
