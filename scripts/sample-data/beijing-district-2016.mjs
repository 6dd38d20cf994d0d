#!/usr/bin/env node
/**
 * Writes the bundled sample for the Beijing district (房山区) 2016 campaign:
 *   data/beijing-district-2016/applications.xlsx   (sheets 工作室 and 成员, title row above the header)
 *
 * Run: node scripts/sample-data/beijing-district-2016.mjs [outDir]
 *
 * Everything is fictional: people are drawn from common surnames and given names,
 * units and addresses are invented. The recommending unions follow the notice's
 * distribution list (燕山工会；各乡镇、街道总工会；各委、局、公司及直属基层工会),
 * named after real towns, streets and district bodies of 房山区, plus one invented
 * company union. A seeded generator makes the output byte-identical on every run.
 * The deliberate mistakes are listed in DEFECTS and in data/beijing-district-2016/README.md.
 *
 * Plain JavaScript on purpose: scripts are not compiled by the build, so the headers
 * below are written out as offices write them (labels and aliases the importer knows).
 */
import { addTitledSheet, createPersonNamer, createRandom, createWorkbook, mobileNumber, monthCell, outDirOf, writeWorkbook } from './common.mjs';

const OUT_DIR = outDirOf('beijing-district-2016');
const REFERENCE_DATE = new Date(Date.UTC(2016, 11, 31));
const TITLE = '2016年职工创新工作室申报汇总';

const rng = createRandom(20170120);
const { int, pick, chance, sample } = rng;

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------
const personName = createPersonNamer(rng, {
  surnames: '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段'.split(''),
  male: ['建国', '志强', '伟', '明', '俊杰', '海峰', '国平', '卫东', '振华', '晓东', '永明', '立新', '浩', '磊', '斌', '勇', '军', '涛', '鹏', '宇', '健', '晨', '昊', '建华', '春生', '德明', '忠良', '荣华', '一鸣', '国强', '金龙', '学军', '剑锋', '宏亮', '志刚', '海涛', '云飞', '永久', '长海', '树林', '宝山', '连生', '福来', '文革', '红旗', '京生', '燕生', '铁军', '凤山', '占武'],
  female: ['丽', '娟', '敏', '静', '秀英', '慧', '艳', '婷', '雯', '佳怡', '晓燕', '春燕', '玉兰', '丽华', '美玲', '雪梅', '颖', '倩', '琳', '莉', '芳', '红', '霞', '蕾', '思雨', '雅琴', '凤英', '洁', '文静', '海燕', '晓红', '丹', '梦婷', '爱华', '淑珍', '桂兰', '秀兰', '京华', '燕', '晓雪'],
});

// ---------------------------------------------------------------------------
// Kinds of work: departments, roles, equipment and the words the narratives use
// ---------------------------------------------------------------------------
const CATEGORIES = {
  chemical: {
    depts: ['生产运行部', '分析检测中心', '设备管理部', '技术质量部', '安全环保部'],
    roles: ['工艺攻关', '在线分析仪表维护', '装置优化操作', '质量检测', '设备状态监测', '数据统计分析', '安全评估', '技术培训'],
    equipment: ['气相色谱仪1台', '在线分析仪表校验台1套', 'DCS仿真培训系统1套', '红外测温仪2台', '便携式气体检测仪4台'],
    topics: ['加热炉节能运行', '精馏塔操作参数优化', '在线分析仪表故障率高', '装置非计划停工'],
    products: ['精细化工助剂', '聚合物改性材料'],
    innovation: ['技术创新', '管理创新'], results: ['科技创新成果'],
  },
  rubber: {
    depts: ['混炼车间', '硫化车间', '技术开发部', '质检部'],
    roles: ['配方试验', '模具改进', '工艺参数优化', '质量检验', '设备维修', '成本核算', '新产品试制'],
    equipment: ['密炼机1台', '平板硫化机3台', '橡胶门尼粘度仪1台', '拉力试验机1台'],
    topics: ['制品气泡与缺胶', '硫化周期偏长', '胶料批次性能波动'],
    products: ['汽车密封条', '橡塑改性粒料'],
    innovation: ['技术创新'], results: ['科技创新成果'],
  },
  nursing: {
    depts: ['护理部', '全科诊室', '预防保健科', '家庭医生团队'],
    roles: ['慢病随访', '健康宣教', '家庭病床护理', '护理质量控制', '信息录入', '康复指导'],
    equipment: ['模拟护理训练人1套', '便携式心电图机2台', '健康一体机1台'],
    topics: ['慢病患者随访不及时', '老年居民跌倒风险高', '家庭病床服务流程繁琐'],
    products: ['社区慢病管理', '家庭医生签约服务'],
    innovation: ['管理创新', '其他'], results: ['其他'],
  },
  machining: {
    depts: ['机加工车间', '装配车间', '工艺技术部', '质量部'],
    roles: ['数控编程', '工装夹具设计', '工艺改进', '质量检验', '设备维修', '新员工带教', '技术资料整理'],
    equipment: ['数控加工中心2台', '数控车床3台', '三坐标测量机1台', '工具显微镜1台'],
    topics: ['薄壁件加工变形', '批量零件尺寸一致性差', '刀具消耗偏高'],
    products: ['液压阀体', '农机传动部件'],
    innovation: ['技术创新', '管理创新'], results: ['科技创新成果'],
  },
  landscaping: {
    depts: ['绿化养护队', '苗木基地', '工程部', '植保站'],
    roles: ['苗木繁育', '病虫害防治', '节水灌溉', '绿化设计', '机械维修', '养护质量检查'],
    equipment: ['自走式喷药机2台', '智能灌溉控制系统1套', '绿篱修剪机6台'],
    topics: ['行道树病虫害防治', '绿地灌溉用水量大', '反季节栽植成活率低'],
    products: ['城区道路绿化', '公园绿地养护'],
    innovation: ['技术创新', '管理创新'], results: ['科技创新成果'],
  },
  electronics: {
    depts: ['装配调试车间', '研发部', '测试中心', '售后服务部'],
    roles: ['电路调试', '软件编程', '整机测试', '故障分析', '工艺文件编制', '客户技术支持'],
    equipment: ['示波器4台', '可编程电源2台', '自动光学检测设备1台', '环境试验箱1台'],
    topics: ['控制板调试耗时长', '整机老化测试效率低', '现场故障定位困难'],
    products: ['智能配电终端', '工业机器人控制柜'],
    innovation: ['技术创新'], results: ['科技创新成果'],
  },
  logistics: {
    depts: ['仓储中心', '运输调度部', '信息部', '客户服务部'],
    roles: ['库位规划', '配送路线优化', '信息系统维护', '叉车安全管理', '客户服务', '包装改进'],
    equipment: ['仓储管理系统1套', '手持终端30台', '电动叉车5台'],
    topics: ['拣货差错率偏高', '配送车辆空驶率高', '旺季仓储作业拥堵'],
    products: ['城市配送', '冷链仓储'],
    innovation: ['管理创新', '营销模式创新'], results: ['其他'],
  },
  building: {
    depts: ['生产车间', '试验室', '技术部', '设备部'],
    roles: ['配合比设计', '原材料检测', '生产线改造', '设备维修', '质量控制', '节能降耗'],
    equipment: ['压力试验机1台', '混凝土搅拌试验机1台', '全自动养护箱2台'],
    topics: ['加气块开裂', '粉煤灰掺量受限', '生产能耗偏高'],
    products: ['蒸压加气混凝土砌块', '预拌干混砂浆'],
    innovation: ['技术创新'], results: ['科技创新成果'],
  },
  agriculture: {
    depts: ['种植基地', '育苗中心', '农技服务部', '销售部'],
    roles: ['品种选育', '温室环境调控', '病虫害绿色防控', '农技推广', '电商销售', '质量追溯'],
    equipment: ['智能温室控制系统1套', '水肥一体化设备2套', '农残快速检测仪1台'],
    topics: ['设施蔬菜连作障碍', '冬季温室能耗高', '农产品销售渠道单一'],
    products: ['设施蔬菜', '特色果品'],
    innovation: ['技术创新', '营销模式创新'], results: ['科技创新成果'],
  },
  food: {
    depts: ['生产车间', '品控部', '研发中心', '营销部'],
    roles: ['工艺改良', '新品研发', '质量检测', '包装设计', '设备保养', '品牌推广'],
    equipment: ['真空包装机2台', '恒温发酵箱2台', '食品快速检测仪1台'],
    topics: ['传统糕点保质期短', '产品口味批次差异', '手工工序效率低'],
    products: ['京味糕点', '清真熟食'],
    innovation: ['技术创新', '品牌战略创新'], results: ['科技创新成果', '文化创新成果'],
  },
  culture: {
    depts: ['文化活动部', '社区服务部', '宣传部', '图书室'],
    roles: ['活动策划', '非遗技艺传承', '志愿者组织', '宣传报道', '文艺辅导', '影像制作'],
    equipment: ['摄录编设备1套', '多功能活动室音响1套', '展板20块'],
    topics: ['社区文化活动参与面窄', '传统技艺后继乏人', '居民议事渠道不畅'],
    products: ['社区文化服务', '非遗技艺展示'],
    innovation: ['管理创新', '其他'], results: ['文化创新成果'],
  },
  hospital: {
    depts: ['急诊科', '手术室', '护理部', '医务科', '信息科'],
    roles: ['急救流程优化', '护理技术改进', '医疗设备维护', '临床数据分析', '健康宣教', '质控督导'],
    equipment: ['高级模拟急救训练系统1套', '便携式超声仪1台', '输液监测终端20台'],
    topics: ['急诊分诊等候时间长', '术后压疮发生率', '输液巡视工作量大'],
    products: ['急诊急救服务', '围手术期护理'],
    innovation: ['管理创新', '技术创新'], results: ['科技创新成果'],
  },
  bus: {
    depts: ['车辆保修厂', '一车队', '二车队', '三车队', '调度中心', '安全技术部'],
    roles: ['车辆维修', '电控系统诊断', '节油驾驶', '线路调度优化', '安全培训', '配件管理', '车载设备维护'],
    equipment: ['汽车故障诊断仪4台', '底盘测功机1台', '四轮定位仪1台', '驾驶模拟器2台'],
    topics: ['公交车辆油耗偏高', '空调系统夏季故障多', '早高峰发车间隔不均'],
    products: ['城乡公交线路', '公交车辆维修'],
    innovation: ['技术创新', '管理创新'], results: ['科技创新成果'],
  },
  education: {
    depts: ['机电专业部', '教务处', '实训中心', '学生处'],
    roles: ['课程开发', '实训设备改造', '技能竞赛辅导', '校企合作', '教学资源建设', '学生管理'],
    equipment: ['机电一体化实训台6套', '工业机器人实训工作站1套', '数控仿真教室1间'],
    topics: ['实训设备与企业脱节', '技能竞赛辅导缺少系统方法', '学生顶岗实习管理难'],
    products: ['中职机电专业教学', '职工技能培训'],
    innovation: ['管理创新', '技术创新'], results: ['科技创新成果', '文化创新成果'],
  },
  construction: {
    depts: ['项目部', '技术质量部', '安全部', '机械设备部'],
    roles: ['施工方案编制', '测量放线', '质量检查', 'BIM建模', '安全管理', '机械管理', '资料员'],
    equipment: ['全站仪2台', 'BIM工作站3台', '回弹仪2台'],
    topics: ['回迁房墙体裂缝', '冬期施工混凝土质量', '高支模安全隐患'],
    products: ['保障性住房', '市政道路工程'],
    innovation: ['技术创新', '管理创新'], results: ['科技创新成果'],
  },
  heating: {
    depts: ['热源厂', '管网运行部', '客户服务中心', '设备维修部'],
    roles: ['锅炉燃烧调整', '管网水力平衡', '换热站自控', '泄漏抢修', '用户回访', '能耗统计'],
    equipment: ['烟气分析仪1台', '超声波流量计2台', '管网监控系统1套'],
    topics: ['供热管网水力失调', '锅炉排烟温度偏高', '老旧小区室温不达标'],
    products: ['城区集中供热', '换热站运行'],
    innovation: ['技术创新', '管理创新'], results: ['科技创新成果'],
  },
  gas: {
    depts: ['管网所', '抢修中心', '调压站', '客户服务部'],
    roles: ['带压作业', '管网巡检', '调压设备维护', '入户安检', '应急抢修', '数据采集'],
    equipment: ['激光甲烷检测仪2台', '管线探测仪1台', '带压开孔机1台'],
    topics: ['老旧管网泄漏排查', '调压器故障率偏高', '入户安检效率低'],
    products: ['城镇燃气供应', '燃气管网运行'],
    innovation: ['技术创新', '管理创新'], results: ['科技创新成果'],
  },
  retail: {
    depts: ['营运部', '生鲜部', '电商部', '客服中心'],
    roles: ['门店陈列', '会员营销', '生鲜损耗控制', '网上商城运营', '客户服务', '供应商管理'],
    equipment: ['收银及会员管理系统1套', '冷链温度监测终端12台', '电商直播设备1套'],
    topics: ['生鲜损耗率高', '会员复购率低', '线上线下渠道割裂'],
    products: ['社区超市', '网上商城'],
    innovation: ['营销模式创新', '品牌战略创新'], results: ['其他'],
  },
};

/** Each list runs from senior to junior. */
const SKILL_LEVELS = ['高级技师', '技师', '高级工', '中级工', '初级工'];
const ENGINEER_TITLES = ['高级工程师', '工程师', '助理工程师', '技术员'];
const NURSE_TITLES = ['副主任护师', '主管护师', '护师', '护士'];
const TEACHER_TITLES = ['中学高级教师', '中学一级教师', '中学二级教师'];
const OFFICE_TITLES = ['经济师', '助理经济师', '高级工', '中级工', '无'];

// ---------------------------------------------------------------------------
// The 18 studios. Recommenders follow the notice's distribution list.
// ---------------------------------------------------------------------------
const SPECS = [
  { rec: '燕山工会', unit: '北京燕鑫精细化工有限公司', nature: '国有企业', cat: 'chemical', gender: '男', road: '燕山迎风街', defect: 'namedByCity' },
  { rec: '燕山工会', unit: '北京燕房橡塑新材料有限公司', nature: '中外合资', cat: 'rubber', gender: '男', road: '燕山东流水路' },
  { rec: '燕山工会', unit: '北京市燕山向阳社区卫生服务中心', nature: '事业单位', cat: 'nursing', gender: '女', road: '燕山向阳路', defect: 'smallTeam' },
  { rec: '良乡镇总工会', unit: '北京良乡恒通机械制造有限公司', nature: '民营企业', cat: 'machining', gender: '男', road: '良乡工业开发区金光北街' },
  { rec: '良乡镇总工会', unit: '北京良乡城建园林绿化有限公司', nature: '集体企业', cat: 'landscaping', gender: '女', road: '良乡拱辰北大街', defect: 'fundingMismatch' },
  { rec: '长阳镇总工会', unit: '北京长阳智联电气设备有限公司', nature: '民营', cat: 'electronics', gender: '男', road: '长阳镇长政南街' },
  { rec: '长阳镇总工会', unit: '北京长阳京畿物流有限公司', nature: '民营企业', cat: 'logistics', gender: '男', road: '长阳镇稻田南里', defect: 'previouslyNamed' },
  { rec: '阎村镇总工会', unit: '北京阎村金源新型建材有限公司', nature: '私营企业', cat: 'building', gender: '男', road: '阎村镇大紫草坞村' },
  { rec: '窦店镇总工会', unit: '北京窦店绿源农业科技有限公司', nature: '集体企业', cat: 'agriculture', gender: '女', road: '窦店镇芦村', defect: 'noAchievements' },
  { rec: '城关街道总工会', unit: '北京城关德顺斋食品有限公司', nature: '民营企业', cat: 'food', gender: '女', road: '城关街道东街' },
  { rec: '拱辰街道总工会', unit: '北京市房山区拱辰街道社区文化服务中心', nature: '事业单位', cat: 'culture', gender: '女', road: '拱辰街道西潞北大街' },
  { rec: '区卫生和计划生育委员会工会', unit: '北京市房山区长虹医院', nature: '事业单位', cat: 'hospital', gender: '女', road: '良乡长虹西路' },
  { rec: '区交通局工会', unit: '北京房山顺达公共交通有限公司', nature: '国有企业', cat: 'bus', gender: '男', road: '城关街道房窑路', defect: 'hugeTeam' },
  { rec: '区教育委员会工会', unit: '北京市房山区城南职业学校', nature: '事业单位', cat: 'education', gender: '男', road: '良乡昊天大街' },
  { rec: '区住房和城乡建设委员会工会', unit: '北京房建恒安建设工程有限公司', nature: '国有企业', cat: 'construction', gender: '男', road: '拱辰街道苏庄东街', defect: 'memberWithoutRole' },
  { rec: '北京京房供热集团有限公司工会', unit: '北京京房供热集团有限公司', nature: '国有企业', cat: 'heating', gender: '男', road: '良乡西路' },
  { rec: '北京京房供热集团有限公司工会', unit: '北京京房燃气工程有限公司', nature: '国有控股企业', cat: 'gas', gender: '男', road: '长阳镇阜盛大街' },
  { rec: '区商务委员会工会', unit: '北京房山万客隆商贸有限公司', nature: '民营企业', cat: 'retail', gender: '女', road: '良乡政通西路', defect: 'missingNextYearPlan' },
];

const DEFECTS = {
  namedByCity: '“是否曾被评为区级职工创新工作室”填“否”，但工作室曾获荣誉写有2015年“北京市职工创新工作室” → error EXCLUDED_HONOUR',
  smallTeam: '团队16人（领军人＋15名参与人），远少于“30人左右” → warning TEAM_TOO_SMALL',
  fundingMismatch: '经费合计30万元，但本单位支持20＋外部资金5＋自筹资金3＋其他0＝28万元 → error SUM_MISMATCH',
  previouslyNamed: '“是否曾被评为区级职工创新工作室”填“是” → error EXCLUDED_FLAG',
  noAchievements: '创新成果数累计为0 → error BELOW_MINIMUM',
  hugeTeam: '团队152人（领军人＋151名参与人），超过150人 → warning TEAM_TOO_LARGE',
  memberWithoutRole: '参与人的“主要分工”有一人未填 → error REQUIRED_MISSING（成员表）',
  missingNextYearPlan: '“明年工作计划”未填 → error REQUIRED_MISSING',
};

// ---------------------------------------------------------------------------
// Studio content
// ---------------------------------------------------------------------------
const LEADER_HONOURS = {
  model: ['北京市劳动模范', '北京市先进工作者', '房山区劳动模范', '全国五一劳动奖章', '首都劳动奖章'],
  skill: ['北京市技术能手', '全国技术能手', '首席技师', '北京市优秀技能人才', '房山区技术能手'],
  other: ['房山区优秀共产党员', '北京市三八红旗手', '房山区职工技术创新成果一等奖', '北京市职工合理化建议优秀奖'],
};
const UNIT_HONOURS = ['房山区工人先锋号', '北京市工人先锋号', '房山区模范职工之家', '房山区五一劳动奖状', '北京市安全生产先进集体'];

/** Leaders of studios outside the skilled trades hold a professional title instead of a skill level. */
const LEADER_TITLES = {
  nursing: ['主任护师', '副主任护师', '主管护师'],
  hospital: ['主任医师', '副主任护师', '主任护师'],
  education: ['中学高级教师'],
  culture: ['副研究馆员', '馆员'],
  retail: ['高级经济师', '经济师'],
  logistics: ['高级经济师', '高级物流师'],
};

function birthOf(minYear, maxYear) {
  return { year: int(minYear, maxYear), month: int(1, 12) };
}

function leaderOf(spec) {
  const birth = birthOf(1962, 1984);
  const isModel = chance(0.6);
  const honours = [];
  if (isModel) honours.push(`${int(2005, 2015)}年${pick(LEADER_HONOURS.model)}`);
  honours.push(`${int(2008, 2016)}年${pick(LEADER_HONOURS.skill)}`);
  if (chance(0.5)) honours.push(`${int(2010, 2016)}年${pick(LEADER_HONOURS.other)}`);
  const officeTitles = LEADER_TITLES[spec.cat];
  return {
    name: personName(spec.gender),
    gender: spec.gender,
    birth,
    education: pick(['本科', '本科', '大专', '硕士', '中专']),
    title: officeTitles ? pick(officeTitles) : pick(['高级工程师', '工程师', '']),
    skill: officeTitles ? '' : pick(['高级技师', '高级技师', '技师']),
    officePhone: `010-${pick(['6931', '8935', '6933', '8138', '6031'])}${String(int(0, 9999)).padStart(4, '0')}`,
    mobile: mobileNumber(rng, ['39', '38', '37', '35', '36', '58', '86', '89', '33']),
    honours: honours.join('；'),
    isModel,
  };
}

/** Titles of the professions that have their own; undefined for the skilled trades. */
function titlesFor(cat) {
  if (cat === 'nursing' || cat === 'hospital') return NURSE_TITLES;
  if (cat === 'education') return TEACHER_TITLES;
  if (cat === 'culture' || cat === 'retail' || cat === 'logistics') return OFFICE_TITLES;
  return undefined;
}

/**
 * A title or skill level that fits the person: in the skilled trades graduates hold
 * engineering titles and the others skill levels; the senior ones go to people
 * with the years for them.
 */
function qualificationOf(titles, education, age) {
  const graduate = ['本科', '硕士'].includes(education);
  const pool = titles ?? (graduate ? ENGINEER_TITLES : SKILL_LEVELS);
  const seniority = Math.min(pool.length - 1, Math.max(0, Math.floor((50 - age) / 7)));
  return pool[Math.max(0, Math.min(pool.length - 1, seniority + int(-1, 1)))];
}

function membersOf(spec, count) {
  const category = CATEGORIES[spec.cat];
  const titles = titlesFor(spec.cat);
  return Array.from({ length: count }, (_, index) => {
    const gender = chance(spec.cat === 'nursing' || spec.cat === 'hospital' ? 0.8 : 0.3) ? '女' : '男';
    const birth = birthOf(1960, 1995);
    const education = pick(['本科', '大专', '大专', '中专', '高中', '硕士', '技校']);
    return {
      name: personName(gender),
      birth,
      // Offices type 出生年月 every way: “1985年7月”, “1985.07”, or an Excel date.
      birthStyle: index % 5 === 3 ? 'dotted' : index % 3 === 0 ? 'excel' : 'chinese',
      education,
      titleOrSkill: qualificationOf(titles, education, REFERENCE_DATE.getUTCFullYear() - birth.year),
      department: pick(category.depts),
      role: pick(category.roles),
    };
  });
}

function teamCount(spec) {
  if (spec.defect === 'hugeTeam') return 151;
  if (spec.defect === 'smallTeam') return 15;
  return int(19, 59);
}

function fundingOf(spec) {
  if (spec.defect === 'fundingMismatch') return { total: 30, unit: 20, external: 5, self: 3, other: 0, note: '' };
  const unit = int(8, 40);
  const external = chance(0.5) ? int(1, 10) : 0;
  const self = chance(0.4) ? int(1, 5) : 0;
  const other = chance(0.25) ? pick([0.5, 1, 2]) : 0;
  const note = other ? pick(['区科委科技项目补贴', '镇政府专项补助', '行业协会资助']) : '';
  return { total: unit + external + self + other, unit, external, self, other, note };
}

function narrativesOf(spec, leader, studioName, foundedYear, achievements) {
  const category = CATEGORIES[spec.cat];
  const [topicA, topicB] = sample(category.topics, 2);
  const product = pick(category.products);
  const patents = int(0, 4);
  const results =
    `工作室自${foundedYear}年成立以来，围绕${topicA}、${topicB}等生产难题，累计完成创新成果${achievements}项，` +
    `其中${Math.max(0, achievements - 1)}项已在${pick(['本单位', '本系统', '全区同行业'])}推广应用${patents ? `，获得国家实用新型专利授权${patents}项` : ''}。` +
    `2016年，工作室针对${topicA}开展攻关，${pick(['优化了关键工序参数', '改进了作业流程和工具', '建立了问题台账和分析方法'])}，` +
    `相关成果获${pick(['房山区职工技术创新成果奖', '北京市职工合理化建议优秀奖', '区科委科技成果推广项目支持'])}。`;
  const talent =
    `工作室坚持“${pick(['一人学会、人人都会', '把问题当课题', '干中学、学中创', '传帮带、比学赶超'])}”，` +
    `通过师带徒、岗位练兵和技术讲座培养青年骨干。近年来开展培训${int(10, 40)}场、${int(200, 1200)}人次，` +
    `${int(2, 9)}名成员晋升技师、高级技师或中级以上职称，${int(1, 5)}人在${pick(['北京市职工职业技能大赛', '房山区职工技能比武', '行业技能竞赛'])}中获奖。`;
  const benefits =
    `工作室成果应用后，${pick([`每年节约成本约${int(20, 300)}万元`, `${product}一次合格率提高${int(2, 9)}个百分点`, `能耗下降${int(5, 18)}%`, `服务对象满意度提高到${int(95, 99)}%`])}，` +
    `${pick(['减轻了一线职工的劳动强度', '消除了多项安全隐患', '提升了单位在行业内的影响力'])}，` +
    `为全区“一区一城”建设和${pick(['节能减排', '安全生产', '民生保障', '产业升级'])}作出了贡献。`;
  const thisYear =
    `2016年，${studioName}按照年初计划，完成${topicA}攻关课题${int(1, 3)}项，` +
    `组织技术交流${int(4, 12)}次，修订${pick(['作业指导书', '操作规程', '服务规范'])}${int(2, 8)}项，` +
    `并配合区总工会开展了职工技术创新成果展示活动。`;
  const nextYear =
    `2017年，工作室计划围绕${topicB}立项攻关${int(1, 3)}项，力争完成创新成果${int(1, 2)}项以上；` +
    `继续开展师带徒，培养技术骨干${int(3, 10)}名；完善工作室管理制度，按季度向区总工会报送工作总结。`;
  return { results, talent, benefits, thisYear, nextYear };
}

function studioNameOf(leader) {
  return `${leader.name}职工创新工作室`;
}

function buildSample() {
  const studios = [];
  const members = [];
  SPECS.forEach((spec, index) => {
    const leader = leaderOf(spec);
    const name = studioNameOf(leader);
    const founded = { year: int(2010, 2016), month: int(1, 12) };
    if (founded.year === 2016) founded.month = int(1, 6);
    const achievements = spec.defect === 'noAchievements' ? 0 : int(2, 14);
    const category = CATEGORIES[spec.cat];
    const team = membersOf(spec, teamCount(spec));
    if (spec.defect === 'memberWithoutRole') team[7].role = '';
    const text = narrativesOf(spec, leader, name, founded.year, achievements);
    const studioHonours =
      spec.defect === 'namedByCity' ? `2015年北京市职工创新工作室；${int(2012, 2016)}年${pick(UNIT_HONOURS)}` :
      spec.defect === 'previouslyNamed' ? `${int(2012, 2016)}年${pick(UNIT_HONOURS)}` :
      chance(0.6) ? `${int(2012, 2016)}年${pick(UNIT_HONOURS)}` : '';
    const publicity = sample(['宣传视频', '获奖材料', '其他'], int(0, 2));
    studios.push({
      number: index + 1,
      name,
      recommender: spec.rec,
      recommenderContact: `${personName(chance(0.5) ? '男' : '女')} ${pick(['6931', '8935', '8138', '6933'])}${String(int(0, 9999)).padStart(4, '0')}`,
      leader,
      previouslyNamed: spec.defect === 'previouslyNamed' ? '是' : '否',
      studioHonours,
      founded,
      area: pick([40, 60, 80, 100, 120, 150, 200, 260]),
      funding: fundingOf(spec),
      equipment: sample(category.equipment, Math.min(3, category.equipment.length)).join('；'),
      innovation: sample(category.innovation, int(1, category.innovation.length)),
      results: category.results,
      publicity: ['宣传视频', '获奖材料', '其他'].filter((option) => publicity.includes(option)),
      unit: spec.unit,
      address: `北京市房山区${spec.road}${int(1, 188)}号`,
      nature: spec.nature,
      achievements,
      text: spec.defect === 'missingNextYearPlan' ? { ...text, nextYear: '' } : text,
      defect: spec.defect,
      teamSize: team.length + 1,
    });
    for (const member of team) members.push({ ...member, studio: name });
  });
  return { studios, members };
}

// ---------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------
const excelMonth = ({ year, month }) => monthCell(year, month);
const chineseMonth = ({ year, month }) => `${year}年${month}月`;

const STUDIO_COLUMNS = [
  ['序号', 6, (s) => s.number],
  ['工作室名称', 24, (s) => s.name],
  ['推荐单位', 22, (s) => s.recommender],
  ['联系人及联系方式', 18, (s) => s.recommenderContact],
  ['领军人姓名', 10, (s) => s.leader.name],
  ['领军人性别', 8, (s) => s.leader.gender],
  ['领军人出生年月', 12, (s) => excelMonth(s.leader.birth)],
  ['领军人学历', 8, (s) => s.leader.education],
  ['领军人职称', 12, (s) => s.leader.title],
  ['领军人技能等级', 12, (s) => s.leader.skill],
  ['办公电话', 14, (s) => ({ text: s.leader.officePhone })],
  ['手机', 14, (s) => ({ text: s.leader.mobile })],
  ['电子邮件', 22, (s) => `fsgh${String(s.number).padStart(2, '0')}cxgzs@126.com`],
  ['领军人曾获荣誉', 36, (s) => s.leader.honours],
  ['是否劳模', 8, (s) => (s.leader.isModel ? '是' : '否')],
  ['是否曾被评为区级职工创新工作室', 12, (s) => s.previouslyNamed],
  ['工作室曾获荣誉', 30, (s) => s.studioHonours],
  ['工作室创建时间', 12, (s) => chineseMonth(s.founded)],
  ['工作室面积', 10, (s) => `${s.area}平方米`],
  ['经费合计（万元）', 10, (s) => s.funding.total],
  ['本单位支持（万元）', 10, (s) => s.funding.unit],
  ['外部资金（万元）', 10, (s) => s.funding.external],
  ['自筹资金（万元）', 10, (s) => s.funding.self],
  ['其他资金（万元）', 10, (s) => s.funding.other],
  ['其他资金说明', 16, (s) => s.funding.note],
  ['工作室设备清单', 36, (s) => s.equipment],
  ['创新工作领域', 18, (s) => s.innovation.join('、')],
  ['创新成果领域', 16, (s) => s.results.join('、')],
  ['是否有宣传材料和获奖证', 16, (s) => s.publicity.join('、')],
  ['所在单位名称', 30, (s) => s.unit],
  ['地址', 30, (s) => s.address],
  ['单位性质', 10, (s) => s.nature],
  ['创新成果数累计（项）', 10, (s) => s.achievements],
  ['创新成果及转化情况（获得专利权）', 50, (s) => s.text.results],
  ['人才培养情况', 50, (s) => s.text.talent],
  ['创新的经济效益和社会效益', 50, (s) => s.text.benefits],
  ['本年工作内容', 50, (s) => s.text.thisYear],
  ['明年工作计划', 50, (s) => s.text.nextYear],
];

const MEMBER_COLUMNS = [
  ['所属工作室', 24, (m) => m.studio],
  ['姓名', 10, (m) => m.name],
  ['出生年月', 12, (m) => (m.birthStyle === 'excel' ? excelMonth(m.birth) : m.birthStyle === 'dotted' ? `${m.birth.year}.${String(m.birth.month).padStart(2, '0')}` : chineseMonth(m.birth))],
  ['学历', 8, (m) => m.education],
  ['职称/技能等级', 14, (m) => m.titleOrSkill],
  ['所在部门', 14, (m) => m.department],
  ['主要分工', 16, (m) => m.role],
];

function checkSample({ studios }) {
  for (const studio of studios) {
    const { total, unit, external, self, other } = studio.funding;
    const adds = Math.abs(unit + external + self + other - total) < 1e-9;
    if (adds === (studio.defect === 'fundingMismatch')) throw new Error(`${studio.name} 的经费构成与预期不符`);
    if (!studio.defect && (studio.teamSize < 20 || studio.teamSize > 60)) throw new Error(`${studio.name} 团队 ${studio.teamSize} 人，不在 20–60 之间`);
  }
  if (studios.filter((studio) => !studio.defect).length !== 10) throw new Error('应有10个没有问题的工作室（名额10个）');
}

async function main() {
  const sample = buildSample();
  checkSample(sample);
  const workbook = createWorkbook({ creator: '区总工会权益部', modifiedBy: '区总工会权益部', date: REFERENCE_DATE });
  const layout = { titleHeight: 28, headerHeight: 30, headerFill: true };
  addTitledSheet(workbook, { name: '工作室', title: TITLE, columns: STUDIO_COLUMNS, records: sample.studios, ...layout });
  addTitledSheet(workbook, { name: '成员', title: `${TITLE}（工作室参与人）`, columns: MEMBER_COLUMNS, records: sample.members, ...layout });
  await writeWorkbook(workbook, OUT_DIR, { zipDate: new Date(2016, 11, 31, 0, 0, 0) });
  process.stderr.write(`${sample.studios.length} 个工作室、${sample.members.length} 名参与人 → ${OUT_DIR}\n`);
  for (const studio of sample.studios) {
    process.stderr.write(`  ${studio.number}. ${studio.name}（${studio.recommender}，${studio.teamSize}人）${studio.defect ? `：${DEFECTS[studio.defect]}` : ''}\n`);
  }
}

await main();
