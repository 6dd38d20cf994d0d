import type { Campaign } from '../campaigns/schema.js';
import { formatProblem } from '../core/problem.js';
import type { CheckResult } from '../jobs/check.js';
import type { Output } from './output.js';

const FORMAT_NAMES = { xlsx: 'Excel 工作簿', csv: 'CSV' } as const;
const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8（带 BOM）', gb18030: 'GBK/GB18030' } as const;

/** The validation summary as office staff read it; the same text for validate, render and build. */
export function printCheckSummary(output: Output, campaign: Campaign, check: CheckResult): void {
  output.line(`活动：${campaign.description}（${campaign.id}）`);
  for (const input of check.inputs) {
    const sheets = input.sheets.map((sheet) => `${sheet.level === 'studio' ? '工作室' : '成员'}「${sheet.name}」${sheet.rows}行`).join('，');
    const encoding = input.encoding ? `，${ENCODING_NAMES[input.encoding]}` : '';
    output.line(`输入：${input.name}（${FORMAT_NAMES[input.format]}${encoding}；${sheets || '未识别到数据'}）`);
  }
  const { studios, valid, blocked, members, errors, warnings } = check.summary;
  output.line(`工作室 ${studios} 个（成员 ${members} 人）：通过 ${valid} 个，有错误 ${blocked} 个；问题：错误 ${errors} 条，提醒 ${warnings} 条`);
  if (check.problems.length > 0) output.line();
  for (const problem of check.problems) output.line(formatProblem(problem));
}

/** The machine-readable part of a check, shared by every --json result. */
export function checkJson(check: CheckResult) {
  return {
    inputs: check.inputs,
    summary: check.summary,
    studios: check.studios.map(({ key, blocked, problems }) => ({ key, blocked, problems })),
    problems: check.problems,
  };
}
