#!/usr/bin/env node
// The CLI ships as compiled JavaScript; `npm install` builds it (see "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/entry.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('studio-docs 尚未编译：请先运行 npm install（或 npm run build）。\nstudio-docs is not built yet: run `npm install` (or `npm run build`) first.');
  process.exit(3);
}
await import(entry.href);
