import { startTheme } from './theme/theme-store';
import './styles.css';

// The window's first frame is index.html's own ("Opening your engagements…"). The app is loaded
// by this small entry rather than with it, so evaluating the app's modules (React, the database,
// every schema) comes after that frame instead of racing it when everything arrives at once.
startTheme();
void import('./start-app');
