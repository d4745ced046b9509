/** Strict CSP for the renderer: nothing loads from outside the app, no eval, no network. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets inline style attributes (the virtualised lists place their rows with them).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
