/**
 * What ships in the app's `samples` resource folder (the repository's samples/): the sample
 * engagement a newcomer explores, as an engagement file main reads and the renderer imports.
 */
export const sampleEngagementFileName = 'halvorsen-cold-chain.sessionstudio';
