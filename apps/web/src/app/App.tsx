import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaffRoute, parseRoute, type Route, type StaffRoute } from './routes';
import { usePathname } from './use-pathname';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { SessionRoute } from './SessionRoute';
import { InvitePage } from '../features/invite/InvitePage';
import { MyDataPage } from '../features/me/MyDataPage';
import { PublicGroupsPage } from '../features/public/PublicGroupsPage';
import { OfferQuickExit } from '../features/safety/QuickExitOffer';
import { LiveRegion } from '../ui/LiveRegion';
import { PageShell } from '../ui/PageShell';

// Staff pages are a chunk of their own: a participant on prepaid data never downloads them.
const StaffArea = lazy(() =>
  import('../features/staff/StaffArea').then((module) => ({ default: module.StaffArea })),
);
// So is the list of one's sessions: a join link, the common way in, does not need it.
const MySessionsPage = lazy(() =>
  import('../features/schedule/MySessionsPage').then((module) => ({
    default: module.MySessionsPage,
  })),
);

// And the venue check-in page, opened only by a QR code or a code typed at the door.
const CheckInPage = lazy(() =>
  import('../features/checkin/CheckInPage').then((module) => ({
    default: module.CheckInPage,
  })),
);

export function App() {
  const route = parseRoute(usePathname());
  if (isStaffRoute(route))
    return (
      <Suspense fallback={<Loading />}>
        <StaffArea route={route} />
      </Suspense>
    );
  // Every page a participant may see offers the way out, from the invite to their own data:
  // someone may walk in at any moment. One offer, kept as the pages change.
  return <OfferQuickExit>{participantPage(route)}</OfferQuickExit>;
}

function participantPage(route: Exclude<Route, StaffRoute>) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'invite':
      return <InvitePage />;
    case 'session':
      return <SessionRoute key={route.sessionId} sessionId={route.sessionId} />;
    case 'public-groups':
      return <PublicGroupsPage />;
    case 'my-data':
      return <MyDataPage />;
    case 'my-sessions':
      return (
        <Suspense fallback={<Loading />}>
          <MySessionsPage />
        </Suspense>
      );
    case 'check-in':
      return (
        <Suspense fallback={<Loading />}>
          <CheckInPage key={route.sessionId} sessionId={route.sessionId} />
        </Suspense>
      );
    case 'not-found':
      return <NotFoundPage />;
  }
}

function Loading() {
  const { t } = useTranslation();
  return (
    <PageShell>
      <LiveRegion className="status-line">{t('app.loading')}</LiveRegion>
    </PageShell>
  );
}
