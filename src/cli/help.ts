/** The CLI's --help texts (中文). */
import { SCHEMES } from '../core/indicators/schemes';

const BUILT_IN_SCHEMES = Object.keys(SCHEMES).join(' 或 ');

export const MAIN_HELP = `perf-report — 绩效自评报告助手

用法：
  perf-report build <输入.xlsx> [-o <输出.xlsx>] [--docx [<文件.docx>]] [--json <文件>] [--sheet <表名>] [--scheme <方案>]
  perf-report docx <输入.xlsx> [-o <输出.docx>] [--scheme <方案>]
  perf-report check <输入.xlsx> [--json <文件>] [--scheme <方案>]
  perf-report template -o <文件.xlsx>

每个命令都可加 --help 查看说明；加 --verbose 时，出错信息后附上所用程序库的原始说明（英文）。
退出码：0 完成；1 check 发现错误；2 参数错误或文件无法读取；3 内部错误。`;

export const BUILD_HELP = `perf-report build <输入.xlsx> [选项]

读取工作簿中的部门决算公开表、绩效自评表等，审核勾稽关系、计算指标和得分，
把“绩效自评报告”工作表写入一个新文件（原文件不变）。数据问题不会中止，只在报告中列出。

选项：
  -o, --out <文件.xlsx>   输出文件（默认：与输入同目录的“<输入名>-报告.xlsx”）
  --docx [<文件.docx>]    同时导出公文格式的 Word 报告（默认：输出工作簿旁的“<输出名>.docx”）
  --json <文件>           同时把结果（数字、指标、得分、审核发现、报告文字）写成 JSON
  --sheet <表名>          报告工作表名（默认：绩效自评报告）；同名的非本工具工作表不会被覆盖，
                          报告改写到“<表名> (2)”
  --scheme <方案>         内置评分方案名：${BUILT_IN_SCHEMES}。
                          不加时依次按：“部门基本情况”中的评分方案 → 已填写的“评分方案”表
                          （自定义指标、分值和规则，见 perf-report template）→ 财政部自评`;

export const DOCX_HELP = `perf-report docx <输入.xlsx> [选项]

把报告导出为公文格式（GB/T 9704）的 Word 文档（.docx），供上报、公开：A4，仿宋_GB2312 三号，
固定行距 28 磅，页码“— 1 —”；附表有表框、每页重复表头。数字为导出时的计算结果。
审核发现不写入文档（仍有错误时在此提示）；对某条发现的说明请在“报告文字”表写
章节“审核说明：<位置或代码>”（如“审核说明：支出决算表!E7”），文档会附上这段说明。

选项：
  -o, --out <文件.docx>   输出文件（默认：与输入同目录的“<输入名>-报告.docx”）
  --scheme <方案>         内置评分方案名（同 build）`;

export const CHECK_HELP = `perf-report check <输入.xlsx> [选项]

只审核，不写报告。每行一条：级别 位置：说明，例如
  错误 支出决算表!E7：…
发现错误时退出码为 1，否则为 0。

选项：
  --json <文件>     同时把结果写成 JSON
  --scheme <方案>   内置评分方案名（同 build：不加时按工作簿中的设定）
  --verbose, -v     先列出每张表的读取情况：工作表、表头行、各列取自哪一列、单位、读取和跳过的行`;

export const TEMPLATE_HELP = `perf-report template -o <文件.xlsx>

写一个空白的标准工作簿：每张表都有标题、单位、表头和填写说明（注：…），
“评分方案”表预填默认方案，可在此基础上修改。`;
