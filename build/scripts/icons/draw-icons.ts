import { join } from 'node:path';
import { generateIcons } from './generate-icons';

// Part of `npm run build`: the app's icons, drawn into build/ from build/icon.svg.
const buildFolder = join(import.meta.dirname, '../..');
const { drawn } = generateIcons(join(buildFolder, 'icon.svg'), buildFolder);
if (drawn) console.log('Icons drawn into build/ from build/icon.svg.');
