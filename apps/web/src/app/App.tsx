import { parseRoute } from './routes';
import { usePathname } from './use-pathname';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { SessionRoute } from './SessionRoute';
import { InvitePage } from '../features/invite/InvitePage';

export function App() {
  const route = parseRoute(usePathname());
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'invite':
      return <InvitePage />;
    case 'session':
      return <SessionRoute key={route.sessionId} sessionId={route.sessionId} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}
