import './app/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from './i18n';
import { AppProviders } from './app/providers';
import { App } from './app/App';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const i18n = createI18n();

createRoot(container).render(
  <StrictMode>
    <AppProviders i18n={i18n}>
      <App />
    </AppProviders>
  </StrictMode>,
);
