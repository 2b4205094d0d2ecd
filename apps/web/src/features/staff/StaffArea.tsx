import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRoute } from '../../app/routes';
import { addStaffStrings } from '../../i18n/staff-strings';
import { GroupPage } from '../groups/GroupPage';
import { SessionAuditPage } from '../groups/SessionAuditPage';
import { SessionReportsPage } from '../groups/SessionReportsPage';
import { PlatformSafetyPage } from '../platform/PlatformSafetyPage';
import { VenueCheckinPage } from '../checkin/VenueCheckinPage';
import { AcceptStaffInvitePage } from './AcceptStaffInvitePage';
import { SetPasswordPage } from './SetPasswordPage';
import { SignInPage } from './SignInPage';
import { StaffGate } from './StaffGate';
import { StaffHomePage } from './StaffHomePage';
import './staff.css';

/** The staff pages, loaded only when one is opened: participants never download this code. */
export function StaffArea({ route }: { route: StaffRoute }) {
  const { i18n } = useTranslation();
  // Before the first page renders, once: its strings must be there when it asks for them.
  useState(() => addStaffStrings(i18n));
  switch (route.name) {
    case 'staff-sign-in':
      return <SignInPage />;
    case 'staff-set-password':
      return <SetPasswordPage />;
    case 'staff-join':
      return <AcceptStaffInvitePage />;
    case 'staff-home':
      return <StaffGate>{(staff) => <StaffHomePage staff={staff} />}</StaffGate>;
    case 'staff-platform':
      return <StaffGate>{(staff) => <PlatformSafetyPage staff={staff} />}</StaffGate>;
    case 'staff-group':
      return (
        <StaffGate>
          {(staff) => <GroupPage key={route.groupId} groupId={route.groupId} staff={staff} />}
        </StaffGate>
      );
    case 'staff-session-audit':
      return (
        <StaffGate>
          {() => (
            <SessionAuditPage
              key={`${route.groupId}/${route.sessionId}`}
              groupId={route.groupId}
              sessionId={route.sessionId}
            />
          )}
        </StaffGate>
      );
    case 'staff-session-reports':
      return (
        <StaffGate>
          {() => (
            <SessionReportsPage
              key={`${route.groupId}/${route.sessionId}`}
              groupId={route.groupId}
              sessionId={route.sessionId}
            />
          )}
        </StaffGate>
      );
    case 'staff-session-checkin':
      return (
        <StaffGate>
          {() => (
            <VenueCheckinPage
              key={`${route.groupId}/${route.sessionId}`}
              groupId={route.groupId}
              sessionId={route.sessionId}
            />
          )}
        </StaffGate>
      );
  }
}
