/** The phone form's start-up: render, and keep the page for offline use where the browser allows. */
import { createRoot } from 'react-dom/client';
import { PhoneApp } from './PhoneApp';
import { registerOffline } from './offline';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PhoneApp storage={safeLocalStorage()} />);
registerOffline();

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
