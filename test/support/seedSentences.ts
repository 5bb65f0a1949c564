/** Sentences of the seed report the example's report must carry (test/example.test.ts, test/docx). */
export const SEED_SENTENCES = [
  '学前教育发展资金180万元，主要用于公办园（含民转公）校舍维修改造和添置图书教学用具。',
  '小学教育167.31万元，主要用于改善中小学校办学条件，扩大市区优质教育资源。',
  '26833.46万元',
  '4551.4万元',
  '全年无“三公”经费支出',
  '综合自评得分88分',
  '内设10个机构',
  '下属24个二级预算单位',
  '年末在职人员1225人',
];

/** The user's prose and deviation reasons of the example, carried into the report. */
export const SEED_PROSE = ['在项目组织实施过程中，一是认真组织各部门各项目的实施', '（一）工作力量结构性失衡', '6所学校维修改造因疫情防控停工，延至2023年实施'];
