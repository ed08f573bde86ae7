import '@fontsource-variable/inter';
import '@fontsource-variable/literata';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/screens.css';
import './styles/journal.css';
import { render } from 'preact';
import { App } from './app';
import { startClock } from './clock';
import { resolveTheme } from './settings/theme';

// Until the stored setting arrives, follow the system rather than flash the wrong colours.
document.documentElement.dataset.theme = resolveTheme(
  'system',
  window.matchMedia('(prefers-color-scheme: dark)').matches,
);

async function start() {
  if (import.meta.env.MODE === 'mock') await import('./dev/mock-backend');
  // Every screen's "today" comes from the app's clock, so it is read before the first one.
  await startClock();
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

void start();
