import { parseRoute } from './routes';
import { usePathname } from './use-pathname';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { SessionRoute } from './SessionRoute';

export function App() {
  const route = parseRoute(usePathname());
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'session':
      return <SessionRoute key={route.sessionId} sessionId={route.sessionId} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}
