/** The renderer is served from this custom scheme rather than file://. */
export const appScheme = 'app';
export const appHost = 'session-studio';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;
