import { quoted } from './quote';

describe('nested Chinese quotes', () => {
  it('turns quotes inside a quote into single quotes', () => {
    expect(`指标${quoted('“三公经费”变动率')}`).toBe('指标“‘三公经费’变动率”');
    expect(quoted('"三公"经费支出决算表')).toBe('“‘三公’经费支出决算表”');
    expect(quoted('预算执行率')).toBe('“预算执行率”');
  });
});
