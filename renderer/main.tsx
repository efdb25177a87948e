import './app/zodConfig.ts';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sessionToken } from './api/sessionToken.ts';
import { App } from './app/App.tsx';
import { route } from './routes/route.ts';

// The browser shell hands over its token in the fragment; keep it out of the address bar.
if (sessionToken.capture()) {
  window.history.replaceState(null, '', route.href({ name: 'accounts' }));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
