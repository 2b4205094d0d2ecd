import type { createHandlerRegistry } from '../handler';
import { end, grant, lower, lowerAll, raise, toFront } from './handlers';

export function registerHandHandlers({
  handleInRoom,
}: ReturnType<typeof createHandlerRegistry>): void {
  handleInRoom('hand:raise', raise);
  handleInRoom('hand:lower', lower);
  handleInRoom('hand:lower-all', lowerAll);
  handleInRoom('hand:move-to-front', toFront);
  handleInRoom('hand:grant-turn', grant);
  handleInRoom('hand:end-turn', end);
}
