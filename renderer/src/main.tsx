import { projectorWindowRoute } from '../../shared/ipc/channels';
import { readInstalledDatabase } from './db/safety/installed-database';
import { startTheme } from './theme/theme-store';

// The window's first frame is index.html's own ("Opening your engagements…", styled there). The
// app, with its stylesheet, is loaded by this small entry rather than with it, so neither
// evaluating the app's modules (React, the database, every schema) nor fetching its styles
// stands between the window and that frame.
startTheme();
// Meanwhile the laptop's window reads what its startup check and home need first from IndexedDB
// (the projector's shows only what the laptop sends).
if (window.location.hash !== projectorWindowRoute) void readInstalledDatabase();
void import('./start-app');
