/**
 * A build the consultant cancelled: nothing is to be written. A module of its own, so main can
 * tell a cancellation apart without loading the document libraries.
 */
export class DocumentCancelledError extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'DocumentCancelledError';
  }
}
