import type { createHandlerRegistry } from '../handler';
import { deleteHeld, heldList, shareHeld } from './held';
import { history } from './history';
import { send } from './send';

export function registerChatHandlers({
  handleInRoom,
}: ReturnType<typeof createHandlerRegistry>): void {
  handleInRoom('chat:send', send);
  handleInRoom('chat:history', history);
  handleInRoom('chat:held', heldList);
  handleInRoom('chat:share-held', shareHeld);
  handleInRoom('chat:delete-held', deleteHeld);
}
