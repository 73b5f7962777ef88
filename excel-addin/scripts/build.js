#!/usr/bin/env node
'use strict';
// Placeholder until the web part pages land: an index page saying so.
const fs = require('node:fs');
const path = require('node:path');
const out = path.resolve(__dirname, '..', 'dist');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>Excel</title><p>Coming.</p>\n');
