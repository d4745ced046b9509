/**
 * A failure a handler reports on purpose, with a message meant for the consultant. A file of its
 * own so code outside IPC (the command line) can throw and catch it without loading the contract.
 */
export class UserFacingError extends Error {}
