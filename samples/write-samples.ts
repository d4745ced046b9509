import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleFiles } from './sample-files';

// `npm run samples`: writes samples/ from the typed sources in samples/source/.
for (const { fileName, text } of sampleFiles()) {
  writeFileSync(join(import.meta.dirname, fileName), text);
  console.log(`Wrote samples/${fileName}`);
}
