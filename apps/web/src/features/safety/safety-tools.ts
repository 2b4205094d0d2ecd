import type { HeldBinding } from '../chat/held-binding';
import type { ReportBinding } from './report-binding';
import type { TalkBinding } from './talk-binding';

/** Held messages, private check-ins and reports: the room's safety tools besides the call. */
export interface SafetyTools {
  held: HeldBinding;
  talks: TalkBinding;
  reports: ReportBinding;
}
