/**
 * The columns of the Shanghai 2020 applications workbook as offices lay it out
 * (sheets 工作室 and 成员, header labels the importer knows): [label, width, get(record, index)].
 * Shared by the bundled sample (shanghai-2020.mjs) and the benchmark's synthetic
 * batches (scripts/bench/synthetic.mjs), whose records have the same shape:
 * studio { number, name, specialty, type, recommender, unit, system, nature, industry,
 * address, postcode, founded, inventionPatents, utilityPatents, designPatents, projects,
 * funding, leader { name, position, gender, age, education, trade, years, skill, title },
 * phone, hukouType, hukouPlace, honours, intro, studioHonours } and
 * member { studio, name, gender, age, education, titleOrSkill, trade, years }.
 */
export const STUDIO_COLUMNS = [
  ['序号', 6, (s) => s.number],
  ['工作室名称', 28, (s) => s.name],
  ['工作室技术专长', 24, (s) => s.specialty],
  ['申报类型', 8, (s) => s.type],
  ['区局（产业）工会', 18, (s) => s.recommender],
  ['申报单位', 30, (s) => s.unit],
  ['所属系统', 10, (s) => s.system],
  ['单位性质', 10, (s) => s.nature],
  ['所属行业', 14, (s) => s.industry],
  ['单位地址', 32, (s) => s.address],
  ['邮政编码', 9, (s) => ({ text: s.postcode })],
  ['创建时间', 12, (s) => s.founded],
  ['发明专利（项）', 8, (s) => s.inventionPatents],
  ['实用新型专利（项）', 8, (s) => s.utilityPatents],
  ['外观设计专利（项）', 8, (s) => s.designPatents],
  ['本年度攻关项目数', 8, (s) => s.projects],
  ['年度专项经费（元）', 12, (s) => s.funding],
  ['领衔人姓名', 10, (s) => s.leader.name],
  ['职务', 12, (s) => s.leader.position],
  ['联系电话', 14, (s) => ({ text: s.phone })],
  ['性别', 6, (s) => s.leader.gender],
  ['年龄', 6, (s) => s.leader.age],
  ['学历', 8, (s) => s.leader.education],
  ['工种', 14, (s) => s.leader.trade],
  ['工作年限', 8, (s) => s.leader.years],
  ['技能等级', 12, (s) => s.leader.skill],
  ['职称', 10, (s) => s.leader.title],
  ['户籍属性', 8, (s) => s.hukouType],
  ['户籍地', 8, (s) => s.hukouPlace],
  ['领衔人曾获荣誉', 36, (s) => s.honours],
  ['工作室介绍（800字左右）', 60, (s) => s.intro],
  ['工作室曾获荣誉', 36, (s) => s.studioHonours],
];

export const MEMBER_COLUMNS = [
  ['序号', 6, (m, index) => index + 1],
  ['所属工作室', 28, (m) => m.studio],
  ['姓名', 10, (m) => m.name],
  ['性别', 6, (m) => m.gender],
  ['年龄', 6, (m) => m.age],
  ['学历', 8, (m) => m.education],
  ['职称（技能等级）', 14, (m) => m.titleOrSkill],
  ['工种', 18, (m) => m.trade],
  ['工作年限', 8, (m) => m.years],
];
