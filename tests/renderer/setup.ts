import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy… and waitFor wait up to 5 s rather than 1 s, for the same reason as vitest's timeouts.
configure({ asyncUtilTimeout: 5_000 });
