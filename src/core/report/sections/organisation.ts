/** 三、部门项目组织实施情况 and 四、资产管理情况: the user's prose from 报告文字. */
import { Block } from '../document';
import { userBlocks } from '../userText';
import { SectionContext, heading } from './context';

/** The blocks of 三、部门项目组织实施情况. */
export function organisationSection(ctx: SectionContext): Block[] {
  return [
    heading(1, '三、部门项目组织实施情况'),
    heading(2, '（一）项目组织情况分析'),
    ...userBlocks(ctx.model, '项目组织情况', ctx.placeholders),
    heading(2, '（二）项目管理情况分析'),
    ...userBlocks(ctx.model, '项目管理情况', ctx.placeholders),
  ];
}

/** The blocks of 四、资产管理情况. */
export function assetSection(ctx: SectionContext): Block[] {
  return [heading(1, '四、资产管理情况'), ...userBlocks(ctx.model, '资产管理情况', ctx.placeholders)];
}
