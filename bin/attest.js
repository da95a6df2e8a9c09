#!/usr/bin/env node
// The `attest` command: runs the compiled CLI (built into dist/ by `npm ci` through the prepare script).
import "../dist/cli/run.js";
