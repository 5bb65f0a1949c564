import { fillPlaceholders, placeholderTable, splitParagraphs, userBlocks } from './userText';
import { exampleFigures, exampleIndicators, exampleModel } from '../../../test/support/exampleAnalysis';
import { inlineText } from './live';
import { unavailableText } from '../findings/wording';

/** Problems with their reasons in the zh-CN words the report shows. */
const worded = (problems: ReturnType<typeof fillPlaceholders>['problems']) =>
  problems.map((p) => ({ name: p.name, reason: p.reason && unavailableText(p.reason) }));

const model = exampleModel();
const figures = exampleFigures(model);
const table = placeholderTable(figures, exampleIndicators(figures));

describe('报告文字 placeholders', () => {
  it('accepts full-width braces, spaces and the indicator name without quotes', () => {
    const { inlines, problems } = fillPlaceholders('支出｛ 基本支出 ｝万元，控制率{三公经费控制率}', table);
    expect(worded(problems)).toEqual([{ name: '三公经费控制率', reason: '缺少"三公"经费预算数' }]);
    expect(inlineText(inlines)).toBe('支出31384.86万元，控制率{三公经费控制率}');
  });

  it('leaves text without placeholders as one piece', () => {
    expect(fillPlaceholders('没有占位符。', table)).toEqual({ inlines: ['没有占位符。'], problems: [] });
  });

  it('gives the reason when a known figure is not available', () => {
    expect(worded(fillPlaceholders('{编制数}', table).problems)).toEqual([{ name: '编制数', reason: '缺少编制数' }]);
  });
});

describe('报告文字 paragraphs', () => {
  it('splits a cell into paragraphs at line breaks and drops indentation and blank lines', () => {
    expect(splitParagraphs('　　第一段。\r\n\n  第二段。 ')).toEqual(['第一段。', '第二段。']);
  });

  it('finds a section typed with its number and a longer name', () => {
    const m = { ...model, p4: { ...model.p4!, sections: [{ key: '六、存在的主要问题', cell: model.p4!.sections[0].cell }] } };
    const blocks = userBlocks(m, '存在问题', table);
    expect(blocks[0]).toMatchObject({ source: 'user' });
  });
});
