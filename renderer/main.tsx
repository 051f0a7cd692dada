import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveApi } from './app/api.ts';
import { App } from './app/App.tsx';
import { startLinks } from './app/links.ts';
import { initI18n, preferredLanguage } from './app/i18n.ts';
import { applyTheme, storedTheme } from './app/theme.ts';
import './styles.css';

applyTheme(storedTheme());

const root = createRoot(document.getElementById('root')!);
initI18n(preferredLanguage());
// The preload's api: a desktop, whose links come as host events (browser mode's come in the URL's hash).
const desktop = Boolean(window.api);
if (resolveApi()) {
  if (desktop) startLinks();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else {
  root.render(<p style={{ padding: 24 }}>Open Account Admin from the link printed by “npm start”.</p>);
}
