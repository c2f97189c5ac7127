import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preventReactAriaStyleInjection } from './app/react-aria-csp.ts';
import { loadStartup } from './app/startup.ts';
import { Splash } from './components/Splash.tsx';
import fr from './i18n/fr.json';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/setup.css';
import './styles/settings.css';
import './styles/staff.css';
import './styles/breaches.css';
import './styles/sources.css';
import './styles/mfa-domain.css';
import './styles/mfa.css';
import './styles/walkthrough.css';
import './styles/directory.css';
import './styles/passwords.css';
import './styles/dashboard.css';
import './styles/reports.css';
import './styles/shell.css';
import './styles/actions.css';
import './styles/watch.css';

preventReactAriaStyleInjection();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// No words until the language is known: the splash shows only the mark and the product name.
root.render(<Splash brand={fr.app.name} />);

loadStartup().then(
  (startup) => {
    root.render(
      <StrictMode>
        <App startup={startup} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    // loadStartup turns call failures into values; landing here is a bug in the interface.
    console.error('hygie: the interface could not start', error);
  },
);
