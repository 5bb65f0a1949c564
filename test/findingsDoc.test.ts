/** docs/findings.md is the generated list of finding codes (run `npm run docs:findings` after a change). */
import fs from 'fs';
import path from 'path';
import { findingsMarkdown } from '../src/core/findings/catalogueDoc';
import { CATALOGUE, FINDING_CODES } from '../src/core/findings/catalogue';

const DOC = path.join(__dirname, '..', 'docs', 'findings.md');

test('the committed docs/findings.md equals the generated one', () => {
  expect(fs.readFileSync(DOC, 'utf8')).toBe(findingsMarkdown());
});

test('it lists every code once, and the README points to it', () => {
  const doc = fs.readFileSync(DOC, 'utf8');
  for (const code of FINDING_CODES) expect(doc.split(`| \`${code}\` |`)).toHaveLength(2);
  expect(fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8')).toContain('docs/findings.md');
});

test('each code names files that exist and raise it', () => {
  for (const code of FINDING_CODES) {
    const files = CATALOGUE[code].raisedBy.split(', ').map((f) => path.join(__dirname, '..', 'src', 'core', f));
    const sources = files.map((f) => fs.readFileSync(f, 'utf8'));
    // The code's literal is in one of them: the catalogue points where the finding is built.
    expect({ code, found: sources.some((s) => s.includes(`'${code}'`)) }).toEqual({ code, found: true });
  }
});
