import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { activate, loadLanguage } from './core/i18n/I18nProvider';
import { initialLanguage } from './core/i18n/languages';
import './styles.css';

// The language is known before the first paint (browser or last choice); the signed-in user's own preference is
// applied as soon as /auth/me answers.
const lang = initialLanguage();
loadLanguage(lang).then((resources) => {
  activate(lang);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App initial={resources} />
    </StrictMode>,
  );
});
