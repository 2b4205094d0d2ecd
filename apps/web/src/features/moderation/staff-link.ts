import type { Signaling } from '../../services/signaling';
import type { SessionController } from '../room/session-controller';

export interface StaffLinkHandlers {
  /** A new room connection of a staff member: listen to its broadcasts; returns how to stop. */
  attach: (signaling: Signaling) => () => void;
  /**
   * The connection is live again (first join, or a rejoin after a dropped link): ask for the
   * whole picture, since broadcasts sent while the link was down are lost.
   */
  resync: (signaling: Signaling) => Promise<void>;
  /** No staff connection any more (left, signed out, became a participant view). */
  reset: () => void;
}

export interface StaffLink {
  /** The connection followed now; null when the person is not staff in the room. */
  current: () => Signaling | null;
  dispose: () => void;
}

/**
 * Follows the room connection of a staff member for one of the moderators' views (the lobby, the
 * moderators' channel): attaches to each new connection and resyncs each time it becomes live.
 * With `everyone`, it follows anyone in the room (views that participants have too, such as
 * their own private check-ins).
 */
export function followStaffLink(
  controller: Pick<SessionController, 'subscribe' | 'getSnapshot' | 'signaling'>,
  handlers: StaffLinkHandlers,
  who: 'staff' | 'everyone' = 'staff',
): StaffLink {
  let bound: Signaling | null = null;
  let detach: (() => void) | null = null;
  let wasLive = false;

  function sync(): void {
    const { phase, live } = controller.getSnapshot();
    const followed =
      phase.kind === 'joined' && (who === 'everyone' || phase.self.role !== 'participant');
    const signaling = followed ? controller.signaling() : null;
    if (signaling !== bound) {
      detach?.();
      detach = null;
      bound = signaling;
      wasLive = false;
      if (signaling) detach = handlers.attach(signaling);
      else handlers.reset();
    }
    const nowLive = signaling !== null && live;
    if (nowLive && !wasLive && signaling) void handlers.resync(signaling);
    wasLive = nowLive;
  }

  const unsubscribe = controller.subscribe(sync);
  sync();

  return {
    current: () => bound,
    dispose() {
      unsubscribe();
      detach?.();
      detach = null;
      bound = null;
    },
  };
}
