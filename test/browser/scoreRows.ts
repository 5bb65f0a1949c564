/**
 * What the pane and the web page both show on the 指标与评分 tab: every score row explained —
 * target and actual, the rule in words (English in en-US), points lost, the reason or what to
 * write, the source cells.
 */
import { Page } from 'playwright-core';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Checks every score row on the page; resolves to how many there are. */
export async function expectEveryRowExplained(page: Page, locale: 'zh-CN' | 'en-US'): Promise<number> {
  const rows = page.getByTestId('score-row');
  const n = await rows.count();
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    expect(await row.getByTestId('score-target').textContent()).toMatch(/\S+.*·.*\S+/);
    const rule = (await row.getByTestId('score-rule').textContent())!;
    expect(rule.length).toBeGreaterThan(4);
    if (locale === 'en-US') expect(rule).not.toMatch(CJK);
    expect((await row.getByTestId('score-lost').textContent())!.length).toBeGreaterThan(1);
    expect(await row.getByTestId('score-reason').count()).toBe(1);
    expect(await row.getByTestId('score-sources').count()).toBe(1);
  }
  return n;
}
