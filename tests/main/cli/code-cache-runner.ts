import { runCodeCachedBundle } from '../../../main/cli/code-cached-bundle';

// Runs a bundle with the code cache in a process of its own, as the command line does: V8 reads
// a code cache only for code the process has not compiled yet. Prints what the run did.
const [bundle = '', cache = ''] = process.argv.slice(2);
const run = await runCodeCachedBundle(bundle, ['a'], cache || null);
process.stdout.write(JSON.stringify(run));
