#!/usr/bin/env node
/**
 * Writes the bundled sample for the Nanchang 2021 campaign (洪工办〔2021〕31号):
 *   data/nanchang-2021/applications.xlsx   (sheets 工作室 and 成员, a title row above the header)
 *
 * Run: node scripts/sample-data/nanchang-2021.mjs [outDir]
 *
 * Everything is fictional: people are random combinations of common surnames and
 * given names, companies are invented; only the recommending unions are the kinds
 * of body the notice addresses (县（区）总工会, 开发区工会, 市直机关工会工委…). A seeded
 * generator makes the output byte-identical on every run. The deliberate mistakes
 * are listed in DEFECTS and in data/nanchang-2021/README.md.
 */
import { addTitledSheet, createPersonNamer, createRandom, createWorkbook, outDirOf, writeWorkbook } from './common.mjs';

const OUT_DIR = outDirOf('nanchang-2021');
const NOTICE_DATE = new Date(Date.UTC(2021, 4, 17));
const TITLE = '2021年南昌市劳模创新工作室申报汇总';

const rng = createRandom(20210517);
const { int, pick, chance } = rng;

const personName = createPersonNamer(rng, {
  surnames: '王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split(''),
  male: ['建华', '志强', '国平', '卫东', '振华', '晓东', '永明', '立新', '海峰', '文斌', '春生', '德明', '忠良', '金龙', '学军', '剑锋', '宏亮', '志刚', '云飞', '益民', '小军', '建军', '红兵', '国庆', '水根', '冬生', '昌明', '赣生', '洪波', '振宇'],
  female: ['丽', '娟', '敏', '静', '秀英', '慧', '艳', '婷', '雯', '佳怡', '晓燕', '春燕', '玉兰', '丽华', '美玲', '雪梅', '颖', '倩', '琳', '芳', '红', '霞', '小红', '桂英', '凤英'],
});

/** What each kind of studio works on, in the words an application would use. */
const FIELDS = {
  aviation: { problems: ['飞机结构件装配精度控制', '复合材料构件修理工艺', '航空零件数控加工变形'], equipment: ['五轴数控加工中心', '三坐标测量机', '激光跟踪仪'], products: ['教练机机身结构件', '航空精密零件'], trades: ['航空装配工', '数控铣工', '钳工', '检验员'] },
  auto: { problems: ['整车电气故障诊断', '发动机装配一次合格率', '车身焊装尺寸偏差'], equipment: ['整车故障诊断仪', '发动机试验台架', '焊装夹具检测台'], products: ['轻型商用车', '发动机总成'], trades: ['汽车装调工', '焊工', '汽车维修工', '电工'] },
  power: { problems: ['配网带电作业安全', '变电设备缺陷预判', '线路故障快速定位'], equipment: ['带电作业工器具', '红外热像仪', '配网故障模拟平台'], products: ['城市配电网', '变电站设备'], trades: ['配电线路工', '变电检修工', '电气试验员', '电工'] },
  metro: { problems: ['地铁车辆车门故障', '信号设备维护效率', '接触网检修质量'], equipment: ['车门故障模拟台', '信号设备测试仪', '接触网检测车'], products: ['地铁车辆', '轨道信号系统'], trades: ['城市轨道交通车辆检修工', '信号工', '接触网工', '电工'] },
  pharma: { problems: ['中药提取收率波动', '制剂生产洁净度控制', '检验方法验证'], equipment: ['液相色谱仪', '提取浓缩机组', '洁净度检测仪'], products: ['中成药制剂', '原料药'], trades: ['药物制剂工', '化学检验员', '中药炮制工', '设备维修工'] },
  led: { problems: ['LED外延片波长均匀性', '芯片封装光衰', '硅衬底良率'], equipment: ['金属有机化学气相沉积设备', '光谱测试仪', '自动分选机'], products: ['硅衬底LED芯片', '照明模组'], trades: ['半导体芯片制造工', '电子元器件检验员', '设备维修工', '电子设备装接工'] },
  water: { problems: ['供水管网漏损', '水厂加药自动控制', '泵站设备故障'], equipment: ['听漏仪', '在线水质分析仪', '振动分析仪'], products: ['城市供水', '污水处理'], trades: ['水务运行工', '管道工', '仪表维修工', '电工'] },
  medical: { problems: ['危重患者护理质量', '静脉导管维护并发症', '医疗器械消毒流程'], equipment: ['模拟护理训练人', '智能输液监测系统', '便携式超声仪'], products: ['重症护理', '静脉治疗'], trades: ['护士', '护士', '护理员', '护士'] },
  food: { problems: ['米粉生产线能耗', '传统工艺标准化', '食品安全快速检测'], equipment: ['自动蒸煮生产线', '食品快速检测仪', '恒温发酵箱'], products: ['南昌米粉', '特色糕点'], trades: ['食品加工工', '食品检验员', '中式面点师', '设备维修工'] },
  office: { problems: ['政务服务事项办理时限', '机关节能管理', '档案数字化'], equipment: ['政务服务自助终端', '能耗监测平台', '档案扫描工作站'], products: ['政务服务', '机关事务管理'], trades: ['档案管理员', '计算机程序设计员', '电工', '网络管理员'] },
};

/**
 * The twelve studios. 南昌高新技术产业开发区工会 puts forward three (the notice allows 1–2);
 * every other recommender one or two. `defect` marks what is wrong on purpose.
 */
const SPECS = [
  { rec: '南昌县总工会', unit: '江西洪都精密航空部件有限公司', nature: '国有企业', industry: '航空制造', field: 'aviation', gender: '男', founded: '2014年5月' },
  { rec: '南昌县总工会', unit: '南昌小蓝汽车零部件有限公司', nature: '民营企业', industry: '汽车制造', field: 'auto', gender: '男', founded: '2016-09' },
  { rec: '南昌高新技术产业开发区工会', unit: '江西赣晶光电科技有限公司', nature: '民营企业', industry: '电子信息', field: 'led', gender: '女', founded: '2015.3' },
  { rec: '南昌高新技术产业开发区工会', unit: '南昌艾溪湖生物制药有限公司', nature: '民营企业', industry: '医药制造', field: 'pharma', gender: '男', founded: '2017年11月', defect: 'leaderWithoutTitle' },
  { rec: '南昌高新技术产业开发区工会', unit: '江西瑶湖智能装备有限公司', nature: '外资企业', industry: '装备制造', field: 'aviation', gender: '男', founded: '2016年4月', defect: 'nameNotAfterLeader' },
  { rec: '青山湖区总工会', unit: '南昌青山湖供电服务有限公司', nature: '国有企业', industry: '电力供应', field: 'power', gender: '男', founded: '2013年8月' },
  { rec: '青山湖区总工会', unit: '南昌洪城米粉食品有限公司', nature: '民营企业', industry: '食品制造', field: 'food', gender: '女', founded: '2018年3月', defect: 'noRecognisedResult' },
  { rec: '新建区总工会', unit: '南昌望城水务运营有限公司', nature: '国有企业', industry: '水务', field: 'water', gender: '男', founded: '2019年6月', defect: 'foundedTwoYearsAgo' },
  { rec: '南昌经济技术开发区工会', unit: '南昌轨道交通车辆检修有限公司', nature: '国有企业', industry: '城市轨道交通', field: 'metro', gender: '男', founded: '2015年10月' },
  { rec: '市直机关工会工委', unit: '南昌市政务服务中心', nature: '机关', industry: '公共管理', field: 'office', gender: '女', founded: '2017年6月' },
  { rec: '进贤县总工会', unit: '进贤县人民医院', nature: '事业单位', industry: '医疗卫生', field: 'medical', gender: '女', founded: '2016年1月' },
  { rec: '东湖区总工会', unit: '南昌滕王阁精密机械有限公司', nature: '集体企业', industry: '装备制造', field: 'auto', gender: '男', founded: '2014年12月' },
];

/** What is wrong on purpose (README.md lists the expected problems). */
const DEFECTS = {
  leaderWithoutTitle: '领衔人只有“技术能手”称号，没有“劳动模范”或“五一劳动奖章”',
  nameNotAfterLeader: '工作室名称不是以领衔人命名（“瑶湖智能装备技术创新工作室”）',
  noRecognisedResult: '本年度获认可创新成果为0项',
  foundedTwoYearsAgo: '创建日期2019年6月，至通知日期不足3年，拿不出近三年的情况',
};

const LEVELS = ['全国', '江西省', '南昌市'];

function honoursOf(spec) {
  if (spec.defect === 'leaderWithoutTitle') return `${int(2016, 2018)}年南昌市技术能手；${int(2019, 2020)}年江西省技术能手`;
  const first = pick([`${int(2012, 2019)}年${pick(LEVELS)}五一劳动奖章`, `${int(2012, 2019)}年${pick(['江西省', '南昌市'])}劳动模范`, `${int(2012, 2019)}年南昌市劳模`]);
  return `${first}；${int(2015, 2020)}年${pick(['南昌市技术能手', '江西省技术能手', '江西省金牌职工', '南昌市首席技师'])}`;
}

function paragraphs(...lines) {
  return lines.join('\n');
}

function buildStudio(spec, index) {
  const leaderName = personName(spec.gender);
  const honours = honoursOf(spec);
  const field = FIELDS[spec.field];
  const problem = pick(field.problems);
  const equipment = field.equipment.join('、');
  const product = pick(field.products);
  const name = spec.defect === 'nameNotAfterLeader' ? '瑶湖智能装备技术创新工作室' : `${leaderName}劳模创新工作室`;
  const memberCount = int(6, 9);
  const members = Array.from({ length: memberCount }, (_, memberIndex) => {
    const gender = chance(0.35) ? '女' : '男';
    const year = int(1972, 1998);
    return {
      studio: name,
      name: personName(gender),
      gender,
      birth: `${year}年${int(1, 12)}月`,
      education: pick(['本科', '大专', '硕士', '中专', '本科']),
      qualification: pick(['高级技师', '技师', '高级工', '工程师', '助理工程师', '高级工程师']),
      role: memberIndex === 0 ? '技术攻关负责人' : pick(['工艺改进', '设备改造', '质量检测', '技能培训', '数据分析', '成果推广', '资料管理']),
    };
  });
  const talents = members.slice(0, int(3, 5));
  const unitFunding = int(20, 60);
  const unionFunding = int(3, 10);
  const recentFunding = unitFunding + unionFunding + int(5, 20);
  const recognized = spec.defect === 'noRecognisedResult' ? 0 : int(1, 3);
  return {
    number: index + 1,
    name,
    unit: spec.unit,
    nature: spec.nature,
    industry: spec.industry,
    recommender: spec.rec,
    founded: spec.founded,
    leader: {
      name: leaderName,
      gender: spec.gender,
      birth: `${int(1966, 1982)}年${int(1, 12)}月`,
      education: pick(['本科', '大专', '硕士', '本科']),
      title: pick(['高级工程师', '工程师', '无']),
      skill: pick(['高级技师', '技师', '高级技师']),
      position: pick(['首席技师', '车间主任', '技术部部长', '班组长']),
      phone: `1${pick(['39', '58', '87', '37'])}${String(int(10000000, 99999999))}`,
      honours,
    },
    fundingSources: `本单位${unitFunding}万元；${spec.rec}${unionFunding}万元`,
    recentFunding: `${recentFunding}万元`,
    recentInnovations: int(6, 18),
    recentEconomicBenefit: `${int(80, 600)}万元`,
    recentTalents: talents.length,
    talentDetails: talents.map((member) => `${member.name}，${int(2018, 2020)}年${pick(['晋升高级技师', '晋升技师', '获南昌市技术能手称号', '获江西省技术能手称号', '晋升工程师'])}`).join('\n'),
    socialBenefit: `工作室成果在${spec.industry}行业推广应用，${pick(['带动本单位职工参与技术创新', '面向全市同行开放交流', '为兄弟单位解决技术难题'])}，累计开展培训${int(20, 80)}场次、${int(300, 1500)}人次。`,
    projects: int(2, 5),
    recognized,
    previousNaming: chance(0.5) ? '无' : `${spec.rec}，${int(2017, 2020)}年${int(1, 12)}月`,
    material: {
      background: paragraphs(
        `${name}依托${spec.unit}建立，以${leaderName}同志为领衔人，围绕${problem}开展技术攻关和创新活动。`,
        `工作室以“${pick(['立足岗位、攻坚克难', '传承技艺、创新发展', '精益求精、追求卓越'])}”为宗旨，把解决生产一线的实际难题作为主要工作领域，重点攻关${problem}等课题，创新目标是形成一批可推广的工艺方法和操作规范。`,
      ),
      team: paragraphs(
        `领衔人${leaderName}，从事${spec.industry}工作二十余年，技术专长为${problem}，荣获${honours.replace('；', '、')}等荣誉。`,
        `团队现有成员${memberCount}人，其中高级技师、技师和工程师占多数，按工艺改进、设备改造、质量检测、技能培训分工协作，定期开展课题研讨。`,
      ),
      conditions: `工作室有固定活动场所${int(80, 200)}平方米，配备${equipment}等设备，单位设有专项经费，近三年累计投入${recentFunding}万元，专款专用。`,
      systems: `建立了学习研究、技术攻关、成果转化、奖励激励和内部管理等制度，制定了近期和中长期创新规划，每年对课题完成情况进行考核。`,
      operations: `课题来源于生产一线的实际问题，实行立项、攻关、验收、推广的闭环管理；工作室每月集中活动不少于两次，采用“领衔人带头、骨干牵头、全员参与”的攻关方式。`,
      tasks: `近三年承担${pick(['省级', '市级', '企业级'])}创新课题和攻关项目${int(6, 15)}项，资金规模${int(50, 300)}万元，已完成${int(5, 12)}项，其余按计划推进。`,
      results: `围绕${problem}攻克技术难题${int(5, 15)}项，形成操作法${int(2, 6)}项，在${product}生产中推广应用，近三年创造经济效益${int(80, 600)}万元。`,
      training: `对内开展技能培训${int(20, 60)}场次，对外开展技术交流协作${int(5, 20)}次，培养高级技师、技师等高技能人才${talents.length}名。`,
      demonstration: `工作室在本单位职工中口碑良好，多次承担全市同行业现场观摩交流，相关经验被${pick(['江西日报', '南昌日报', '南昌电视台'])}等主流媒体报道。`,
      honours: `工作室成立以来，成员获国家发明专利${int(1, 5)}项、实用新型专利${int(3, 15)}项，成果获${pick(['江西省', '南昌市'])}科技进步奖${int(1, 3)}项。`,
    },
    members,
    defect: spec.defect,
  };
}

const STUDIO_COLUMNS = [
  ['序号', 6, (s) => s.number],
  ['工作室名称', 26, (s) => s.name],
  ['所在单位', 28, (s) => s.unit],
  ['单位类型', 10, (s) => s.nature],
  ['所属行业', 12, (s) => s.industry],
  ['推荐单位', 24, (s) => s.recommender],
  ['创建日期', 12, (s) => s.founded],
  ['领衔人', 10, (s) => s.leader.name],
  ['性别', 6, (s) => s.leader.gender],
  ['出生年月', 12, (s) => s.leader.birth],
  ['学历', 8, (s) => s.leader.education],
  ['职称', 12, (s) => s.leader.title],
  ['技能等级', 10, (s) => s.leader.skill],
  ['职务', 12, (s) => s.leader.position],
  ['联系电话', 14, (s) => ({ text: s.leader.phone })],
  ['劳模称号或五一劳动奖章及获得时间', 36, (s) => s.leader.honours],
  ['经费主要来源', 30, (s) => s.fundingSources],
  ['近三年经费投入（万元）', 12, (s) => s.recentFunding],
  ['近三年技术创新（项）', 10, (s) => s.recentInnovations],
  ['近三年经济效益（万元）', 12, (s) => s.recentEconomicBenefit],
  ['近三年培养人才（人）', 10, (s) => s.recentTalents],
  ['培养人才明细', 40, (s) => s.talentDetails],
  ['近三年社会效益', 40, (s) => s.socialBenefit],
  ['本年度攻关项目数', 10, (s) => s.projects],
  ['本年度获认可创新成果（项）', 10, (s) => s.recognized],
  ['命名单位及命名日期', 30, (s) => s.previousNaming],
  ['工作室概况', 40, (s) => s.material.background],
  ['创新团队', 40, (s) => s.material.team],
  ['创新条件', 40, (s) => s.material.conditions],
  ['制度建设', 40, (s) => s.material.systems],
  ['日常运行', 40, (s) => s.material.operations],
  ['承担任务', 40, (s) => s.material.tasks],
  ['创新业绩', 40, (s) => s.material.results],
  ['人才培养', 40, (s) => s.material.training],
  ['示范效应', 40, (s) => s.material.demonstration],
  ['荣誉奖励', 40, (s) => s.material.honours],
];

const MEMBER_COLUMNS = [
  ['序号', 6, (m, index) => index + 1],
  ['所属工作室', 26, (m) => m.studio],
  ['姓名', 10, (m) => m.name],
  ['性别', 6, (m) => m.gender],
  ['出生年月', 12, (m) => m.birth],
  ['学历', 8, (m) => m.education],
  ['职称（技能等级）', 14, (m) => m.qualification],
  ['主要分工', 16, (m) => m.role],
];

async function main() {
  const studios = SPECS.map(buildStudio);
  const members = studios.flatMap((studio) => studio.members);
  const workbook = createWorkbook({ creator: '示例县区工会', modifiedBy: '示例县区工会', date: NOTICE_DATE });
  // Multi-line cells (培养人才明细, the 申报材料 chapters) wrap, as offices leave them.
  const wrapWhen = (text) => text.includes('\n');
  addTitledSheet(workbook, { name: '工作室', title: TITLE, columns: STUDIO_COLUMNS, records: studios, titleHeight: 28, wrapWhen });
  addTitledSheet(workbook, { name: '成员', title: `${TITLE}（团队成员，领衔人除外）`, columns: MEMBER_COLUMNS, records: members, titleHeight: 28, wrapWhen });
  await writeWorkbook(workbook, OUT_DIR);
  process.stderr.write(`${studios.length} 个工作室、${members.length} 名成员 → ${OUT_DIR}\n`);
  for (const studio of studios.filter((s) => s.defect)) {
    process.stderr.write(`  ${studio.number}. ${studio.name}（${studio.recommender}）：${DEFECTS[studio.defect]}\n`);
  }
}

await main();
