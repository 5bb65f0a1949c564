#!/usr/bin/env node
'use strict';
// The compiled CLI (npm run build:cli → build/src/cli/main.js).
const path = require('path');

let cli;
try {
  cli = require(path.join(__dirname, '..', 'build', 'src', 'cli', 'main.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('main.js')) {
    process.stderr.write('perf-report: 尚未编译，请先运行 npm run build:cli\n');
    process.exit(2);
  }
  throw err;
}

cli.main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`perf-report: 内部错误：${err && err.message ? err.message : err}\n`);
    process.exitCode = 3;
  },
);
