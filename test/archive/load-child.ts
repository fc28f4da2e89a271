/**
A separate process that loads an archive with the index cache, for tests of two readers at
once: prints how many posts it saw and any warnings, as JSON.

	node --import tsx test/archive/load-child.ts <dir>
*/
import {loadArchive} from '../../source/archive/load.js';

const warnings: string[] = [];
const archive = loadArchive(process.argv[2]!, {onWarning: message => warnings.push(message)});
process.stdout.write(JSON.stringify({posts: archive.posts.length, warnings}));
