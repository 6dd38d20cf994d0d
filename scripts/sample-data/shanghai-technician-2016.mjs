#!/usr/bin/env node
/**
 * Writes the bundled sample for the Shanghai 技师创新工作室 registry (沪工技协〔2016〕1号
 * 《上海市“技师创新工作室”管理办法》): named studios whose three-year management
 * cycles (第十条) end in 2019, 2020 and 2021.
 *   data/shanghai-technician-2016/applications.xlsx   (sheets 工作室 and 成员)
 *
 * Run: node scripts/sample-data/shanghai-technician-2016.mjs [outDir]
 *
 * Everything is fictional (people, companies, project titles); the recommending
 * unions are real bodies. A seeded generator makes the output byte-identical on
 * every run. The deliberate mistakes are in DEFECTS and data/shanghai-technician-2016/README.md.
 */
import { addTitledSheet, createPersonNamer, createRandom, createWorkbook, outDirOf, writeWorkbook } from './common.mjs';

const OUT_DIR = outDirOf('shanghai-technician-2016');
const TITLE = '上海市技师创新工作室名录（2016—2018年命名）';

const rng = createRandom(20160203);
const { int, pick, chance } = rng;

const personName = createPersonNamer(rng, {
  surnames: '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢钟姜崔陆范汪顾金施俞严钱倪戴龚'.split(''),
  male: ['建国', '志强', '伟', '明', '俊杰', '海峰', '国平', '卫东', '振华', '晓东', '永明', '立新', '浩', '磊', '斌', '勇', '军', '涛', '鹏', '宇', '健', '文斌', '建华', '春生', '德明', '忠良', '荣华', '敏杰'],
  female: ['丽', '娟', '敏', '静', '秀英', '慧', '艳', '婷', '雯', '佳怡', '晓燕', '春燕', '玉兰', '丽华', '美玲'],
});

/**
 * The twelve named studios: five named in 2016 (first cycle ends 2019), four in
 * 2017 (2020), three in 2018 (2021). Naming dates are written as offices write
 * them: 2016年12月, 2016-12-20, 2017.11.
 */
const SPECS = [
  { rec: '浦东新区总工会', unit: '上海申华精密机械有限公司', specialty: '航空零件精密数控加工', trade: '数控车工', named: '2016年12月', project: '薄壁机匣数控车削变形控制' },
  { rec: '闵行区总工会', unit: '上海莘庄重型机械制造有限公司', specialty: '大型铸锻件焊接修复', trade: '焊工', named: '2016-12-20', project: '大型轧辊堆焊修复工艺' },
  { rec: '上海电气集团工会', unit: '上海申菱电梯有限公司', specialty: '电梯控制柜装配调试', trade: '电工', named: '2016年12月', project: '电梯控制柜防错接线图板', defect: 'leaderSkillTooLow' },
  { rec: '宝山区总工会', unit: '上海月浦特种钢材加工有限公司', specialty: '特种钢材热处理', trade: '热处理工', named: '2016.12', project: '模具钢真空淬火变形控制' },
  { rec: '嘉定区总工会', unit: '上海南翔汽车零部件有限公司', specialty: '汽车冲焊件模具维修', trade: '钳工', named: '2016年12月', project: '冲压模具快速换模装置' },
  { rec: '徐汇区总工会', unit: '上海漕河泾仪表自动化有限公司', specialty: '智能仪表校准与维修', trade: '仪器仪表维修工', named: '2017年11月', project: '压力变送器自动校验台', defect: 'teamOfTwo' },
  { rec: '松江区总工会', unit: '上海九亭智能装备有限公司', specialty: '五轴联动数控加工', trade: '数控铣工', named: '2017-11-28', project: '叶轮五轴加工刀路优化' },
  { rec: '金山区总工会', unit: '上海金卫石化检测服务有限公司', specialty: '石化在线分析仪表维护', trade: '化学检验员', named: '2017年11月', project: '在线色谱仪预处理系统改进' },
  { rec: '上海建工集团工会', unit: '上海申建隧道工程有限公司', specialty: '盾构隧道施工测量', trade: '工程测量员', named: '2017年11月', project: '盾构姿态自动测量系统', defect: 'noFundedProject' },
  { rec: '上海机场集团工会', unit: '上海浦航行李系统维护有限公司', specialty: '机场行李分拣系统维护', trade: '电工', named: '2018年12月', project: '行李分拣机导流挡板改进' },
  { rec: '浦东新区总工会', unit: '上海外高桥船舶配套有限公司', specialty: '船用管系制作', trade: '管子工', named: '2018-12-18', project: '船用管系弯管回弹补偿' },
  { rec: '闵行区总工会', unit: '上海紫竹新材料科技有限公司', specialty: '高分子复合材料检测', trade: '化学检验员', named: '2018年12月', project: '复合材料层间剪切试验夹具' },
];

/** What is wrong on purpose (README.md lists the expected problems). */
const DEFECTS = {
  leaderSkillTooLow: '领衔人技能等级为高级工（第三条1：须为技师或高级技师）',
  teamOfTwo: '团队成员只有2人（第三条2：3人以上，不含领衔人）',
  noFundedProject: '“获资助的职工（技师）创新项目”为空（第三条3）',
};

const DEPARTMENTS = ['生产车间', '技术部', '设备部', '质量部', '工艺室'];

function buildStudio(spec, index) {
  const gender = chance(0.15) ? '女' : '男';
  const leaderName = personName(gender);
  const name = `${leaderName}技师创新工作室`;
  const memberCount = spec.defect === 'teamOfTwo' ? 2 : int(3, 6);
  const members = Array.from({ length: memberCount }, () => {
    const memberGender = chance(0.25) ? '女' : '男';
    return {
      studio: name,
      name: personName(memberGender),
      gender: memberGender,
      birth: `${int(1970, 1995)}年${int(1, 12)}月`,
      qualification: pick(['技师', '高级工', '高级技师', '工程师', '技师']),
      trade: spec.trade,
      department: pick(DEPARTMENTS),
    };
  });
  const fundedYear = Number(String(spec.named).slice(0, 4)) - int(0, 1);
  return {
    number: index + 1,
    name,
    specialty: spec.specialty,
    recommender: spec.rec,
    unit: spec.unit,
    named: spec.named,
    fundedProject: spec.defect === 'noFundedProject' ? '' : `${fundedYear}年度上海职工（技师）创新项目“${spec.project}”`,
    leader: {
      name: leaderName,
      gender,
      birth: `${int(1965, 1982)}年${int(1, 12)}月`,
      trade: spec.trade,
      skill: spec.defect === 'leaderSkillTooLow' ? '高级工' : pick(['技师', '高级技师', '高级技师']),
      title: pick(['工程师', '无', '助理工程师', '高级工程师']),
      position: pick(['班组长', '技术主管', '首席技师', '工段长']),
      phone: `13${int(0, 9)}${String(int(10000000, 99999999))}`,
    },
    members,
    defect: spec.defect,
  };
}

const STUDIO_COLUMNS = [
  ['序号', 6, (s) => s.number],
  ['工作室名称', 26, (s) => s.name],
  ['技术专长', 22, (s) => s.specialty],
  ['推荐单位', 18, (s) => s.recommender],
  ['所在单位', 28, (s) => s.unit],
  ['命名日期', 12, (s) => s.named],
  ['获资助的职工（技师）创新项目', 44, (s) => s.fundedProject],
  ['领衔人', 10, (s) => s.leader.name],
  ['性别', 6, (s) => s.leader.gender],
  ['出生年月', 12, (s) => s.leader.birth],
  ['工种', 14, (s) => s.leader.trade],
  ['技能等级', 10, (s) => s.leader.skill],
  ['职称', 12, (s) => s.leader.title],
  ['职务', 12, (s) => s.leader.position],
  ['联系电话', 14, (s) => ({ text: s.leader.phone })],
];

const MEMBER_COLUMNS = [
  ['序号', 6, (m, index) => index + 1],
  ['所属工作室', 26, (m) => m.studio],
  ['姓名', 10, (m) => m.name],
  ['性别', 6, (m) => m.gender],
  ['出生年月', 12, (m) => m.birth],
  ['职称（技能等级）', 14, (m) => m.qualification],
  ['工种', 14, (m) => m.trade],
  ['所在部门', 12, (m) => m.department],
];

async function main() {
  const studios = SPECS.map(buildStudio);
  const members = studios.flatMap((studio) => studio.members);
  const workbook = createWorkbook({ creator: '上海市职工技术协会', modifiedBy: '上海市职工技术协会', date: new Date(Date.UTC(2019, 0, 2)) });
  addTitledSheet(workbook, { name: '工作室', title: TITLE, columns: STUDIO_COLUMNS, records: studios });
  addTitledSheet(workbook, { name: '成员', title: `${TITLE}（团队成员，领衔人除外）`, columns: MEMBER_COLUMNS, records: members });
  await writeWorkbook(workbook, OUT_DIR);
  process.stderr.write(`${studios.length} 个工作室、${members.length} 名成员 → ${OUT_DIR}\n`);
  for (const studio of studios.filter((s) => s.defect)) {
    process.stderr.write(`  ${studio.number}. ${studio.name}（${studio.recommender}，命名${studio.named}）：${DEFECTS[studio.defect]}\n`);
  }
}

await main();
