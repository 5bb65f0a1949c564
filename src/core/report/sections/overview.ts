/** 一、部门概况: duties, organisation, staff (P3), and the spending scale (T3) with P4 支出主要内容. */
import { Block } from '../document';
import { figureNumber, indicatorNumber, sentence } from '../live';
import { EXPENDITURE_PAIR, changeOnPrior } from './yearOnYear';
import { splitParagraphs, userBlocks } from '../userText';
import { SectionContext, generated, heading, missing } from './context';

/** The blocks of 一、部门概况. */
export function overviewSection(ctx: SectionContext): Block[] {
  return [
    heading(1, '一、部门概况'),
    heading(2, '（一）部门基本情况'),
    heading(3, '1．主要职能。'),
    ...dutyBlocks(ctx),
    organisationBlock(ctx),
    staffBlock(ctx),
    heading(2, '（二）部门整体支出规模、使用方向和主要内容、涉及范围等'),
    ...scaleBlocks(ctx),
    ...userBlocks(ctx.model, '支出主要内容', ctx.placeholders),
  ];
}

/** Numbering the user typed (`1）`, `6、）`, `（3）`, `2.`): removed so the duties are renumbered 1）2）… */
const DUTY_NUMBER = /^(?:[(（]?\d{1,3}[)）]?[、.．，,]?[)）]?|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*/;

/** 主要职能 from P3, one numbered paragraph per duty. */
function dutyBlocks(ctx: SectionContext): Block[] {
  const duties = (ctx.model.p3?.duties ?? []).flatMap((c) => splitParagraphs(c.text)).map((d) => d.replace(DUTY_NUMBER, ''));
  const kept = duties.filter((d) => d !== '');
  if (kept.length === 0) return [missing('（请在“部门基本情况”表填写“主要职能”）')];
  return kept.map((d, i) => ({ kind: 'paragraph', inlines: [`${i + 1}）${d}`], source: 'user' }) as Block);
}

/** 2．机构情况：内设{n}个机构，包括：{names}。下属{m}个二级预算单位。 */
function organisationBlock(ctx: SectionContext): Block {
  const names = ctx.model.p3?.internalOrgs ?? [];
  const orgCount = figureNumber(ctx.figures, 'internalOrgCount', 'count');
  const subUnits = figureNumber(ctx.figures, 'subUnitCount', 'count');
  if (names.length === 0 && subUnits === null) return missing('2．机构情况：（请在“部门基本情况”表填写“内设机构”和“二级预算单位数”）');
  return generated(
    sentence(
      '2．机构情况：',
      names.length > 0 && '内设',
      names.length > 0 && (orgCount ?? String(names.length)),
      names.length > 0 && `个机构，包括：${names.join('、')}。`,
      subUnits !== null && '下属',
      subUnits,
      subUnits !== null && '个二级预算单位。',
    ),
  );
}

/** 3．人员情况：年末在职人员{x}人，编制{y}人，在职人员控制率{r}。 */
function staffBlock(ctx: SectionContext): Block {
  const actual = figureNumber(ctx.figures, 'staffActual', 'count');
  if (actual === null) return missing('3．人员情况：（请在“部门基本情况”表填写“年末在职人员数”）');
  const authorized = figureNumber(ctx.figures, 'staffAuthorized', 'count');
  const rate = indicatorNumber(ctx.indicators, 'staffControlRate');
  return generated(
    sentence('3．人员情况：年末在职人员', actual, '人', authorized !== null && '，编制', authorized, authorized !== null && '人', rate !== null && '，在职人员控制率', rate, '。'),
  );
}

/** Total, basic and project spending with their shares, and the change on last year when known. */
function scaleBlocks(ctx: SectionContext): Block[] {
  const total = figureNumber(ctx.figures, 'expenditureTotal');
  if (total === null) return [missing('（缺少“支出决算表”，无法生成支出规模）')];
  const basic = figureNumber(ctx.figures, 'basicExpenditure');
  const project = figureNumber(ctx.figures, 'projectExpenditure');
  const basicShare = indicatorNumber(ctx.indicators, 'basicShare');
  const projectShare = indicatorNumber(ctx.indicators, 'projectShare');
  const parts = sentence(
    `${ctx.yearText}部门整体支出`,
    total,
    '万元',
    basic !== null && '，其中：基本支出',
    basic,
    basic !== null && '万元',
    basicShare !== null && '，占',
    basicShare,
    project !== null && (basic !== null ? '；项目支出' : '，其中：项目支出'),
    project,
    project !== null && '万元',
    projectShare !== null && '，占',
    projectShare,
    '。',
    ...changeOnLastYear(ctx),
  );
  return [generated(parts)];
}

/** 比上年增加{Δ}万元，增长{g}。 — 增加/减少 and 增长/下降 follow the sign live (sections/yearOnYear.ts). */
function changeOnLastYear(ctx: SectionContext): ReturnType<typeof sentence> {
  const change = changeOnPrior(ctx.figures, ctx.indicators, EXPENDITURE_PAIR, '');
  return change.length > 0 ? sentence(...change, '。') : [];
}
