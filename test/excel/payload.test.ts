/**
 * The request-size estimate against office.js's own serializer (issue 9: the old estimate was
 * half the real size): for the example report and the bench report, the estimate of every
 * write is at least what office.js sends.
 */
import { firstBuildBytes as measure } from './officeJsBytes';
import { exampleBook, readAndMake } from './reconcileExample';
import { benchReportSheet } from './benchReport';

describe('request size estimate', () => {
  it("is at least office.js's serialized size for the example report", async () => {
    const m = measure((await readAndMake(await exampleBook())).sheet);
    expect(m.real).toBeGreaterThan(150_000);
    expect(m.estimate).toBeGreaterThanOrEqual(m.real);
    expect(m.estimate).toBeLessThan(m.real * 1.6);
  });

  it("is at least office.js's serialized size for the bench report", async () => {
    const m = measure(await benchReportSheet());
    expect(m.real).toBeGreaterThan(2_000_000);
    expect(m.estimate).toBeGreaterThanOrEqual(m.real);
    expect(m.estimate).toBeLessThan(m.real * 1.6);
  }, 120_000);
});
