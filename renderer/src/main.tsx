import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyStoredTheme } from './app/theme';
import { startLaunchSession, type SessionStart } from './api/launchSession';
import { SignedOutPage } from './api/SignedOutPage';
import './styles/base.css';

applyStoredTheme();
const root = createRoot(document.getElementById('root')!);

async function boot(): Promise<void> {
  // The desktop app's preload needs no token; browser mode does, before the app makes a call.
  const session: SessionStart = window.notebook ? { signedIn: true } : await startLaunchSession();
  root.render(<StrictMode>{session.signedIn ? <App /> : <SignedOutPage problem={session.problem} />}</StrictMode>);
}

void boot();
