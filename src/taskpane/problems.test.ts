import { HostError } from '../excel/hostError';
import { describeProblem } from './problems';

describe('payload and formula limits, in words that say what to do', () => {
  it.each([
    ['ResponsePayloadSizeLimitExceeded', '单次读取的上限', 'Excel 桌面版'],
    ['RequestPayloadSizeLimitExceeded', '单次写入的上限', '缩短过长的段落'],
    ['FormulaLengthExceedsLimit', '长度上限', '拆成几段'],
  ])('%s', (code, title, action) => {
    const p = describeProblem(new HostError('write', code, code), 'zh-CN', 'write');
    expect(p.title).toContain(title);
    expect(p.action).toContain(action);
    expect(describeProblem(new HostError('write', code, code), 'en-US', 'write').title).not.toMatch(
      /[\u4e00-\u9fff]{4}/,
    );
  });
});
