// Renderer entry: mounts the app frame.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appDatabase } from './db/database';
import { App } from './ui/App';
import { prefetchFirstScreen } from './ui/library/first-screen-prefetch';
import { parseRoute } from './ui/router';
import './ui/styles.css';

if (parseRoute(window.location.hash).screen === 'library') prefetchFirstScreen(appDatabase());

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
