#!/usr/bin/env node
// Launcher of the `sipmon-lint` command; the CLI itself is compiled from server/src/cli/main.ts.
'use strict';
require('../out/server/src/cli/main.js').main();
