import { buildReport } from './buildReport';
import { layoutReport } from './layout';
import { reportSections } from './sections';
import { Analysis, Figure, FigureId, Figures } from '../model/analysis';
import { Model } from '../model/types';
import { dec } from '../money';
import { exampleFigures, exampleModel } from '../../../test/support/exampleAnalysis';

const ids = Object.keys(exampleFigures(exampleModel())) as FigureId[];

function emptyAnalysis(): Analysis {
  const model: Model = { tables: [], findings: [] };
  const figures = Object.fromEntries(
    ids.map((id) => [id, { id, name: id, unit: '万元', value: null, expr: null, unavailable: { kind: 'figures', figures: [id] } } as Figure]),
  ) as Figures;
  const scoring = { scheme: '财政部自评', rows: [], total: dec(0), grade: '差' as const };
  const input = { model, figures, indicators: [], scoring, findings: [], department: '', year: null };
  return { ...input, report: buildReport(input) };
}

describe('a workbook with nothing recognised', () => {
  const analysis = emptyAnalysis();

  it('still yields the seven sections, each saying what is missing', () => {
    const sections = reportSections(analysis.report);
    expect(sections).toHaveLength(7);
    for (const s of sections) expect(s.paragraphs.join('')).toMatch(/请|缺少|综合自评得分/);
    expect(analysis.report.title).toBe('部门整体支出绩效自评报告');
  });

  it('lays out without throwing and with a score of 0', () => {
    const sheet = layoutReport(analysis, '绩效自评报告');
    expect(sheet.cells.some((c) => typeof c.value === 'string' && c.value.includes('综合自评得分0分，评价等级为“差”'))).toBe(true);
  });
});
