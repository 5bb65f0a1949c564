/** Writes docs/findings.md from the findings catalogue (npm run docs:findings). */
import fs from 'fs';
import path from 'path';
import { findingsMarkdown } from '../src/core/findings/catalogueDoc';

const target = path.join(__dirname, '..', '..', 'docs', 'findings.md');
fs.writeFileSync(target, findingsMarkdown(), 'utf8');
process.stdout.write(`written: ${path.relative(process.cwd(), target)}\n`);
