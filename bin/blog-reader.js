#!/usr/bin/env node
// The whole program lives in one bundle built by `npm run build`.
import '../dist/cli.js';
