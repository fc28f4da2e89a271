// Preloaded with --import: records every module the process loads, so a test can tell what a
// screen cost without timing it.
import {register} from 'node:module';

register('./trace-hooks.mjs', import.meta.url);
