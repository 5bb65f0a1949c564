// Prints the closing line CI reads, "N passed, N failed", from jest's --json output, and
// lists failed tests by name. Exits 1 when any test failed or no test ran.
const fs = require('fs');
const file = process.argv[2];
let results;
try {
  results = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.log(`could not read jest results (${file}): ${e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const failedSuites = results.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0);
for (const s of failedSuites) console.log(`FAILED SUITE ${s.name}\n${(s.message || '').slice(0, 2000)}`);
for (const s of results.testResults) {
  for (const t of s.assertionResults) if (t.status === 'failed') console.log(`FAILED ${t.fullName}`);
}
const passed = results.numPassedTests;
// A suite that failed to run counts as one failure so a broken file cannot hide.
const failed = results.numFailedTests + failedSuites.length;
const skipped = results.numPendingTests + results.numTodoTests;
console.log(skipped > 0 ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
