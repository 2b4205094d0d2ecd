import { useSyncExternalStore } from 'react';
import { api } from '../../services/api';
import { createStaffSession, type StaffSessionState } from './staff-session';

/** The page's one staff session; its `call` is how every staff page talks to the server. */
export const staffSession = createStaffSession({
  call: api.call,
  forgetCsrfToken: api.forgetCsrfToken,
});

export const staffCall = staffSession.call;

export const useStaffSession = (): StaffSessionState =>
  useSyncExternalStore(staffSession.subscribe, staffSession.getSnapshot);
