import { projectorWindowRoute } from '../../shared/ipc/channels';
import { openDatabaseEarly } from './db/open-database-early';
import { startTheme } from './theme/theme-store';
import './styles.css';

// Chromium opens the database's store on disk while the app's modules load, not after them
// (db/open-database-early.ts). The projector window shows only what it is sent: no database.
if (window.location.hash !== projectorWindowRoute) openDatabaseEarly();

// The window's first frame is index.html's own ("Opening your engagements…"). The app is loaded
// by this small entry rather than with it, so evaluating the app's modules (React, the database,
// every schema) comes after that frame instead of racing it when everything arrives at once.
startTheme();
void import('./start-app');
