#!/usr/bin/env node
/**
 * Writes the bundled sample for the Leshan 2020 campaign (乐工经〔2020〕24号):
 *   data/leshan-2020/applications.xlsx  (sheets 工作室 and 成员, a title row above each header, as offices send them)
 *
 * Run: node scripts/sample-data/leshan-2020.mjs [outDir]
 *
 * Everything is fictional: people are drawn from common surnames and given names,
 * companies and schools are invented; only the recommending unions are bodies the
 * notice addresses (县（市、区）总工会, 乐山高新区工会, 景区管委会工会, 市级系统工会).
 * A seeded generator makes the output byte-identical on every run. The deliberate
 * mistakes are listed in DEFECTS and in data/leshan-2020/README.md; the script checks
 * that every other studio meets the notice (team, years, 字数) before writing.
 *
 * Plain JavaScript on purpose: scripts are not compiled by the build, so the headers
 * below are written out as offices write them (labels and aliases the importer knows).
 */
import { addTitledSheet, countWords, createPersonNamer, createRandom, createWorkbook, mobileNumber, monthCell, outDirOf, padParagraphs, writeWorkbook } from './common.mjs';

const OUT_DIR = outDirOf('leshan-2020');
const NOTICE = { year: 2020, month: 8 };
const TITLE = '2020年乐山市劳模和工匠人才创新工作室推荐申报信息';

const rng = createRandom(20200803);
const { int, pick, chance, sample } = rng;

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------
const personName = createPersonNamer(rng, {
  surnames: '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢钟姜崔范汪廖熊谭税敬'.split(''),
  male: ['建华', '志强', '伟', '明', '俊杰', '海峰', '国平', '卫东', '振华', '晓东', '永明', '立新', '浩', '磊', '斌', '勇', '军', '涛', '鹏', '宇', '健', '昊', '文斌', '春生', '德明', '忠良', '荣华', '一鸣', '国强', '学军', '剑锋', '宏亮', '志刚', '海涛', '云飞', '川', '蜀平', '岷生', '嘉林', '峨平', '光明', '正清', '世杰', '长江', '绍华'],
  female: ['丽', '娟', '敏', '静', '秀英', '慧', '艳', '婷', '雯', '佳怡', '晓燕', '春燕', '玉兰', '丽华', '美玲', '雪梅', '颖', '倩', '琳', '莉', '芳', '红', '霞', '蕾', '思雨', '雅琴', '凤英', '洁', '文静', '海燕', '晓红', '丹', '梦婷', '蜀君', '嘉欣'],
});

const NATIVE_PLACES = ['四川乐山', '四川峨眉山', '四川犍为', '四川夹江', '四川井研', '四川眉山', '四川宜宾', '四川成都', '四川自贡', '重庆', '四川沐川', '四川峨边'];

// ---------------------------------------------------------------------------
// What each kind of studio works on, in words a 申报材料 would use
// ---------------------------------------------------------------------------
const CATEGORIES = {
  machining: {
    depts: ['数控加工车间', '精密制造分厂', '机加工车间'],
    problems: ['薄壁零件加工变形', '深孔加工精度不稳定', '批量零件尺寸一致性差', '刀具磨损过快', '复杂曲面编程效率低'],
    methods: ['自主设计专用工装夹具', '重新规划刀具路径并优化切削参数', '编制宏程序实现参数化编程', '引入在机测量与误差补偿'],
    equipment: ['五轴加工中心', '数控车铣复合机床', '三坐标测量仪', '工具显微镜'],
    products: ['水轮机调速器零件', '农用旋耕机刀轴', '液压阀体', '减速机齿轮'],
    skilled: true,
    positions: ['数控车间主任', '首席技师', '技术部副部长'],
    trades: ['数控车工', '数控铣工', '钳工', '磨工', '装配钳工'],
  },
  silicon: {
    depts: ['还原车间', '精馏车间', '生产技术部'],
    problems: ['还原炉硅棒倒棒', '冷氢化系统结垢堵塞', '精馏塔能耗偏高', '尾气回收效率低', '多晶硅表面质量波动'],
    methods: ['改进还原炉启炉升温曲线', '优化冷氢化换热器清洗周期', '调整精馏塔回流比和进料位置', '改造尾气回收冷凝系统', '建立关键工艺参数预警模型'],
    equipment: ['还原炉仿真培训系统', '红外测温仪', '气相色谱仪', '在线分析仪表'],
    products: ['电子级多晶硅', '太阳能级多晶硅', '单晶硅片'],
    skilled: true,
    positions: ['还原车间主任', '生产技术部部长', '首席工程师'],
    trades: ['化工总控工', '多晶硅制取工', '仪表维修工', '化学检验员'],
  },
  chemical: {
    depts: ['电解车间', '盐硝车间', '生产技术部'],
    problems: ['离子膜电解槽电压偏高', '盐水精制除钙镁效果不稳定', '氯气处理系统腐蚀泄漏', '蒸发装置结盐堵管'],
    methods: ['优化电解槽极距和运行参数', '改进盐水精制加药方式', '更换耐腐蚀材质并改进密封结构', '增设在线冲洗装置'],
    equipment: ['电解槽模拟实训装置', '离子色谱仪', '腐蚀检测仪', '便携式气体检测仪'],
    products: ['烧碱', '液氯', '精制工业盐', '纯碱'],
    skilled: true,
    positions: ['电解车间主任', '设备副总工程师', '技术主管'],
    trades: ['化工总控工', '电解工', '化学检验员', '化工设备维修工'],
  },
  metallurgy: {
    depts: ['炼钢厂', '轧钢厂', '设备能源部'],
    problems: ['连铸坯表面裂纹', '轧辊磨损快', '加热炉能耗偏高', '转炉炉衬寿命短'],
    methods: ['优化二冷配水制度', '改进轧辊冷却水布置', '调整加热炉燃烧控制参数', '推行溅渣护炉工艺'],
    equipment: ['金相显微镜', '直读光谱仪', '红外热像仪', '轧辊磨床'],
    products: ['优质螺纹钢', '特种圆钢', '高速线材'],
    skilled: true,
    positions: ['轧钢厂副厂长', '炼钢工段长', '首席技师'],
    trades: ['炼钢工', '轧钢工', '钳工', '电工'],
  },
  power: {
    depts: ['检修分公司', '发电运行部', '设备维护部'],
    problems: ['水轮发电机组振动偏大', '调速器油压系统渗漏', '继电保护装置误动', '闸门启闭机卡阻'],
    methods: ['开展机组动平衡试验并调整配重', '改进调速器油管路密封结构', '编制保护定值校核流程', '研制启闭机快速检修工装'],
    equipment: ['振动分析仪', '继电保护测试仪', '红外热像仪', '机组仿真培训系统'],
    products: ['水电站机组检修', '航电枢纽运行维护', '输变电设备检修'],
    skilled: true,
    positions: ['检修班班长', '设备维护部主任', '值长'],
    trades: ['水轮发电机组值班员', '继电保护员', '电气试验员', '机械设备维修工'],
  },
  tea: {
    depts: ['茶叶加工厂', '生产技术部', '茶叶品控中心'],
    problems: ['名优绿茶杀青不匀', '夏秋茶苦涩味重', '手工做形效率低', '茶叶加工能耗高'],
    methods: ['改进滚筒杀青机温度控制', '优化摊青和揉捻工艺', '研制扁形茶理条辅助装置', '改造热风炉余热回收'],
    equipment: ['名优茶自动化生产线', '茶叶审评室设备', '水分快速测定仪'],
    products: ['扁形名优绿茶', '工夫红茶', '茉莉花茶'],
    skilled: true,
    positions: ['加工厂厂长', '制茶车间主任', '品控中心主任'],
    trades: ['茶叶加工工', '评茶员', '茶叶加工工', '电工'],
  },
  cableway: {
    depts: ['索道机电部', '运营维护中心', '安全技术部'],
    problems: ['索道钢丝绳磨损检测依赖人工', '抱索器检测耗时长', '高山低温导致设备故障多', '驱动系统振动异常'],
    methods: ['引入钢丝绳电磁探伤检测', '研制抱索器快速检测工装', '制定低温季节设备防护措施', '建立驱动系统振动监测档案'],
    equipment: ['钢丝绳探伤仪', '抱索器检测台', '振动监测仪'],
    products: ['客运索道安全运行', '观光车辆维护'],
    skilled: true,
    positions: ['机电部经理', '索道站站长', '首席技师'],
    trades: ['客运索道维修工', '电工', '钳工', '客运索道操作员'],
  },
  service: {
    depts: ['游客服务中心', '讲解服务部', '运营管理部'],
    problems: ['旅游高峰游客排队时间长', '游客投诉处理环节多', '讲解服务内容同质化', '特殊游客服务需求多'],
    methods: ['绘制游客动线图并调整引导点位', '推行首问负责和限时办结', '编写分层次讲解词', '推出预约式无障碍服务'],
    equipment: ['智慧导览系统', '客流监测平台', '多媒体培训室'],
    products: ['景区游客服务', '文化讲解服务'],
    skilled: false,
    positions: ['游客服务中心主任', '讲解服务部经理', '服务质量主管'],
    trades: ['讲解员', '客运服务员', '导游', '景区管理员'],
  },
  medical: {
    depts: ['护理部', '静脉治疗专科', '老年病科'],
    problems: ['经外周置入中心静脉导管维护并发症', '老年患者跌倒风险高', '术后疼痛管理不规范', '慢病患者出院随访不及时'],
    methods: ['制定导管维护标准流程和宣教手册', '设计跌倒风险评估卡', '建立多学科疼痛管理小组', '开发出院随访记录表'],
    equipment: ['模拟护理训练人', '便携式超声仪', '智能输液监测系统'],
    products: ['静脉治疗护理', '老年护理', '围手术期护理'],
    skilled: false,
    positions: ['护理部主任', '护士长', '静脉治疗专科组长'],
    trades: ['护士'],
  },
  ceramic: {
    depts: ['烧成车间', '釉料车间', '技术中心'],
    problems: ['大规格瓷砖烧成变形', '釉面针孔缺陷', '窑炉能耗偏高', '压机布料不均'],
    methods: ['优化辊道窑烧成曲线', '调整釉料配方和施釉工艺', '改造窑炉余热利用系统', '改进压机布料格栅'],
    equipment: ['热膨胀仪', '釉料检测仪器', '窑炉温度巡检系统'],
    products: ['大规格瓷质砖', '仿古砖', '陶瓷岩板'],
    skilled: true,
    positions: ['烧成车间主任', '技术中心主任', '首席技师'],
    trades: ['陶瓷烧成工', '陶瓷施釉工', '陶瓷压制成型工', '窑炉维修工'],
  },
  paper: {
    depts: ['手工纸车间', '技术研发部', '非遗传习所'],
    problems: ['手工书画纸厚薄不匀', '竹料蒸煮周期长', '纸张润墨性不稳定', '传统工艺传承人才断档'],
    methods: ['制定抄纸手法标准化作业规程', '改进竹料蒸煮工艺', '优化纸药配比', '建立师徒传承档案'],
    equipment: ['纸张性能检测仪', '恒温恒湿养护室', '抄纸实训槽'],
    products: ['手工书画纸', '竹浆宣纸', '文化用纸'],
    skilled: true,
    positions: ['手工纸车间主任', '技术研发部部长', '传习所负责人'],
    trades: ['手工纸制作工', '造纸工', '纸张检验员'],
  },
  cement: {
    depts: ['熟料车间', '制成车间', '质量控制处'],
    problems: ['回转窑结圈', '熟料强度波动', '粉磨电耗偏高', '除尘设备故障率高'],
    methods: ['优化窑头喂煤和风量配比', '调整生料配料方案', '改进辊压机运行参数', '制定除尘器预防性维护清单'],
    equipment: ['X荧光分析仪', '水泥强度检测设备', '红外扫描测温系统'],
    products: ['普通硅酸盐水泥', '水泥熟料'],
    skilled: true,
    positions: ['熟料车间主任', '质量控制处处长', '设备副主任'],
    trades: ['水泥生产中控员', '化学检验员', '机修钳工', '电工'],
  },
  electronics: {
    depts: ['表面贴装车间', '测试中心', '工艺技术部'],
    problems: ['电路板焊点虚焊', '产品测试程序切换慢', '元器件来料不良', '贴片抛料率高'],
    methods: ['改进回流焊温度曲线', '开发测试程序一键切换工具', '建立来料检验抽样规则', '优化贴片机吸嘴和供料参数'],
    equipment: ['自动光学检测设备', 'X射线检测仪', '贴片生产线'],
    products: ['电力仪表电路板', '光伏逆变器控制板'],
    skilled: true,
    positions: ['工艺技术部经理', '表面贴装车间主任', '测试中心主任'],
    trades: ['电子设备装接工', '电子产品检验员', '电工'],
  },
  food: {
    depts: ['卤制车间', '研发中心', '品控部'],
    problems: ['传统卤制品保质期短', '手工工序依赖个人经验', '产品口味批次差异', '包装环节效率低'],
    methods: ['调整配方和杀菌工艺', '把手工技艺分解为标准工序', '建立感官评价与理化指标对照表', '改造半自动包装线'],
    equipment: ['真空包装机', '食品快速检测仪', '恒温卤制设备'],
    products: ['卤制品', '五香豆腐干', '休闲肉制品'],
    skilled: true,
    positions: ['卤制车间主任', '研发中心主任', '首席技师'],
    trades: ['中式烹调师', '食品检验员', '熟食加工工'],
  },
  road: {
    depts: ['养护工区', '桥隧养护所', '工程技术科'],
    problems: ['沥青路面坑槽修补易复发', '桥梁伸缩缝损坏', '雨季边坡水毁', '养护作业交通安全风险'],
    methods: ['推广热再生修补工艺', '改进伸缩缝更换施工工法', '制定边坡排水巡查方案', '研制移动式作业安全警示装置'],
    equipment: ['沥青路面热再生设备', '路面检测车', '桥梁检测仪器'],
    products: ['农村公路养护', '干线公路养护'],
    skilled: true,
    positions: ['养护工区主任', '工程技术科科长', '桥隧养护所所长'],
    trades: ['公路养护工', '桥隧工', '筑路机械操作工'],
  },
  education: {
    depts: ['机电工程系', '数控实训中心', '汽车工程系'],
    problems: ['实训项目与企业岗位脱节', '学生技能大赛成绩不稳定', '实训设备利用率低', '教学资源分散'],
    methods: ['与企业共同开发项目化实训课程', '建立技能大赛集训机制', '改造实训设备并开发教学模块', '建设数字化教学资源库'],
    equipment: ['数控实训设备', '电气控制实训台', '虚拟仿真实训系统'],
    products: ['数控技术专业教学', '电气自动化专业教学', '汽车运用与维修专业教学'],
    skilled: true,
    positions: ['机电工程系主任', '实训中心主任', '专业教研室主任'],
    trades: ['数控车工', '维修电工', '汽车维修工'],
  },
};

// ---------------------------------------------------------------------------
// The 22 studios. rank: 推荐排序 as the recommender filled it (none for single studios).
// ---------------------------------------------------------------------------
const SPECS = [
  { rec: '市中区总工会', rank: 1, unit: '乐山嘉州精工机械有限公司', cat: 'machining', focus: '精密零部件数控加工', gender: '男' },
  { rec: '市中区总工会', rank: 2, unit: '乐山市中区嘉恒医院', cat: 'medical', focus: '静脉治疗与专科护理', gender: '女', defect: 'introTooLong' },
  { rec: '市中区总工会', rank: 3, unit: '乐山岷江食品有限公司', cat: 'food', focus: '传统卤制品工艺改良', gender: '男' },
  { rec: '市中区总工会', rank: 4, unit: '乐山凌云文旅服务有限公司', cat: 'service', focus: '景区游客服务与文化讲解', gender: '女', defect: 'wrongName' },
  { rec: '五通桥区总工会', rank: 1, unit: '乐山通桥盐化科技有限公司', cat: 'chemical', focus: '离子膜烧碱生产工艺优化', gender: '男' },
  { rec: '五通桥区总工会', rank: 2, unit: '乐山晶宇硅材料有限公司', cat: 'silicon', focus: '多晶硅还原工艺优化', gender: '男', defect: 'runningOneYear' },
  { rec: '沙湾区总工会', unit: '乐山沙湾铭钢特钢有限公司', cat: 'metallurgy', focus: '特钢轧制工艺改进', gender: '男', defect: 'rankMissing' },
  { rec: '沙湾区总工会', unit: '乐山沙湾大渡河电力检修有限公司', cat: 'power', focus: '水电机组检修技术', gender: '男', defect: 'rankMissing' },
  { rec: '峨眉山市总工会', rank: 1, unit: '峨眉山秀峰茶业有限公司', cat: 'tea', focus: '名优绿茶加工工艺', gender: '女' },
  { rec: '峨眉山市总工会', rank: 2, unit: '峨眉山金顶索道运营有限公司', cat: 'cableway', focus: '客运索道检测维修', gender: '男', defect: 'teamOfFour' },
  { rec: '峨眉山市总工会', rank: 3, unit: '峨眉山佛光水泥有限公司', cat: 'cement', focus: '水泥熟料煅烧节能降耗', gender: '男', defect: 'materialTooShort' },
  { rec: '犍为县总工会', unit: '犍为岷江航电检修有限公司', cat: 'power', focus: '航电枢纽机组运行维护', gender: '男', defect: 'onlyOneForCounty' },
  { rec: '乐山高新区工会', rank: 1, unit: '乐山高新晶盛光伏科技有限公司', cat: 'silicon', focus: '光伏硅材料精馏提纯', gender: '男' },
  { rec: '乐山高新区工会', rank: 2, unit: '乐山高新瑞通电子有限公司', cat: 'electronics', focus: '电子产品表面贴装工艺', gender: '女', defect: 'alreadyNamed' },
  { rec: '夹江县总工会', rank: 1, unit: '夹江天福陶瓷有限公司', cat: 'ceramic', focus: '建筑陶瓷烧成工艺', gender: '男' },
  { rec: '夹江县总工会', rank: 2, unit: '夹江千佛纸业有限公司', cat: 'paper', focus: '手工竹纸制作技艺传承与创新', gender: '女', defect: 'leaderNotModelWorker' },
  { rec: '井研县总工会', rank: 1, unit: '井研嘉禾农业机械有限公司', cat: 'machining', focus: '农机关键部件加工', gender: '男', defect: 'noAchievement' },
  { rec: '井研县总工会', rank: 2, unit: '井研县公路养护中心', cat: 'road', focus: '公路路面及桥梁养护技术', gender: '男' },
  { rec: '乐山市教育工会', rank: 1, unit: '乐山市嘉州职业技术学校', cat: 'education', focus: '数控技术实训教学', gender: '男', defect: 'missingNativePlace' },
  { rec: '乐山市教育工会', rank: 2, unit: '乐山市岷江技工学校', cat: 'education', focus: '电气自动化实训教学', gender: '女' },
  { rec: '乐山市卫生健康工会', unit: '乐山市嘉定医院', cat: 'medical', focus: '老年专科护理', gender: '女' },
  { rec: '峨眉山景区管委会工会', unit: '峨眉山景区云上旅游服务有限公司', cat: 'service', focus: '景区游客服务流程创新', gender: '男' },
];

/** What is wrong on purpose, by studio (data/leshan-2020/README.md lists them with the rule each breaks). */
const DEFECTS = {
  introTooLong: '简介及主要先进事迹超过600字',
  wrongName: '工作室名称没有按“单位+劳模姓名+劳模和工匠人才创新工作室”命名',
  runningOneYear: '创建时间2019年5月，至通知日期运行约1年，不足2年',
  rankMissing: '沙湾区总工会申报2个工作室，均未填推荐排序',
  teamOfFour: '团队只有4人（带头人 + 3名成员）',
  materialTooShort: '申报材料八个章节合计不足2000字',
  onlyOneForCounty: '犍为县总工会只申报了1个工作室（此工作室本身无误）',
  alreadyNamed: '工作室已于2018年被命名为乐山市劳模和工匠人才创新工作室',
  leaderNotModelWorker: '带头人未获劳模或工匠称号（只有优秀共产党员、三八红旗手）',
  noAchievement: '创新成果数累计为0',
  missingNativePlace: '带头人籍贯未填写',
};

// ---------------------------------------------------------------------------
// Building one studio
// ---------------------------------------------------------------------------
const MODEL_HONOURS = ['乐山市劳动模范', '四川省劳动模范', '四川省五一劳动奖章', '乐山市五一劳动奖章', '“乐山工匠”', '四川省技术能手', '乐山市先进工作者', '全国技术能手', '“四川工匠”'];
const OTHER_HONOURS = {
  any: ['乐山市优秀共产党员', '乐山市青年岗位能手', '乐山市职工职业技能大赛一等奖'],
  女: ['乐山市三八红旗手'],
  medical: ['四川省优秀护士'],
  education: ['乐山市优秀教师'],
};

function leaderOf(spec) {
  const category = CATEGORIES[spec.cat];
  const name = personName(spec.gender);
  const birthYear = int(1966, 1984);
  const birthMonth = int(1, 12);
  const education = spec.cat === 'medical' || spec.cat === 'education' ? pick(['本科', '本科', '硕士']) : category.skilled ? pick(['大专', '本科', '中专', '本科']) : pick(['本科', '大专']);
  let skill = '无';
  let title = '无';
  if (spec.cat === 'medical') title = pick(['主任护师', '副主任护师']);
  else if (spec.cat === 'education') { title = pick(['高级讲师', '高级实习指导教师']); skill = '高级技师'; }
  else if (spec.cat === 'service') title = pick(['经济师', '助理经济师']);
  else if (category.skilled) {
    skill = pick(['高级技师', '高级技师', '技师']);
    title = pick(['无', '工程师', '高级工程师', '助理工程师']);
  }
  const honours = [];
  if (spec.defect === 'leaderNotModelWorker') {
    honours.push(`${int(2015, 2019)}年乐山市优秀共产党员`, `${int(2012, 2016)}年夹江县三八红旗手`);
  } else {
    const picks = sample(MODEL_HONOURS, int(1, 2));
    for (const honour of picks) honours.push(`${int(2010, 2019)}年${honour}`);
    const others = [...OTHER_HONOURS.any, ...(OTHER_HONOURS[spec.gender] ?? []), ...(OTHER_HONOURS[spec.cat] ?? [])];
    if (chance(0.5)) honours.push(`${int(2012, 2019)}年${pick(others)}`);
  }
  honours.sort();
  return {
    name,
    gender: spec.gender,
    birthYear,
    birthMonth,
    age: NOTICE.year - birthYear - (NOTICE.month < birthMonth ? 1 : 0),
    education,
    skill,
    title,
    position: pick(category.positions),
    nativePlace: spec.defect === 'missingNativePlace' ? '' : pick(NATIVE_PLACES),
    ethnicity: chance(0.9) ? '汉族' : pick(['彝族', '回族']),
    political: chance(0.8) ? '中共党员' : pick(['群众', '民主党派']),
    isModelWorker: spec.defect === 'leaderNotModelWorker' ? '否' : '是',
    honours: honours.join('；'),
    phone: mobileNumber(rng, ['39', '38', '37', '35', '58', '80', '89', '33', '51']),
  };
}

const ROLES = {
  generic: ['课题攻关', '工艺改进', '设备改造', '质量检测', '技能培训', '数据分析', '资料整理与台账管理', '安全管理', '成果推广'],
  medical: ['静脉治疗质量控制', '护理教学', '健康宣教', '护理科研', '专科门诊', '随访管理', '护理质量督导'],
  education: ['实训课程开发', '技能大赛训练', '实训设备改造', '校企合作对接', '教学资源建设', '学生技能鉴定'],
  service: ['讲解词编写', '服务流程优化', '游客投诉处理', '新员工培训', '智慧导览维护', '无障碍服务'],
};

function membersOf(spec, leader) {
  const category = CATEGORIES[spec.cat];
  let count = int(5, 9);
  if (spec.defect === 'teamOfFour') count = 3;
  const womenShare = spec.cat === 'medical' ? 0.85 : spec.cat === 'service' || spec.cat === 'tea' || spec.cat === 'paper' ? 0.55 : spec.cat === 'education' || spec.cat === 'electronics' ? 0.4 : 0.2;
  const roles = ROLES[spec.cat === 'medical' ? 'medical' : spec.cat === 'education' ? 'education' : spec.cat === 'service' ? 'service' : 'generic'];
  const chosenRoles = sample(roles, Math.min(roles.length, count));
  return Array.from({ length: count }, (_, index) => {
    const gender = chance(womenShare) ? '女' : '男';
    const birthYear = int(1968, 1997);
    const birthMonth = int(1, 12);
    const age = NOTICE.year - birthYear - (NOTICE.month < birthMonth ? 1 : 0);
    let title = '无';
    let skill = '无';
    let education;
    if (spec.cat === 'medical') {
      title = pick(['主管护师', '护师', '护师', '副主任护师']);
      education = pick(['本科', '本科', '大专', '硕士']);
    } else if (spec.cat === 'education') {
      title = pick(['讲师', '助理讲师', '高级讲师', '工程师']);
      skill = pick(['技师', '高级技师', '高级工']);
      education = pick(['本科', '本科', '硕士', '大专']);
    } else if (spec.cat === 'service') {
      title = pick(['无', '助理经济师', '经济师']);
      education = pick(['本科', '大专', '大专', '中专']);
    } else if (chance(0.35)) {
      title = age < 30 ? '助理工程师' : pick(['工程师', '工程师', '高级工程师', '助理工程师', ...(age > 40 && chance(0.3) ? ['研究员'] : [])]);
      education = title === '研究员' ? pick(['博士', '硕士']) : pick(['本科', '硕士', '本科']);
      skill = age >= 30 && chance(0.3) ? '技师' : '无';
    } else {
      skill = age < 28 ? pick(['中级工', '初级工', '高级工']) : pick(['高级技师', '技师', '技师', '高级工', '中级工']);
      education = pick(['中专', '大专', '大专', '高中', '本科', '技校']);
    }
    return {
      name: personName(gender),
      gender,
      birthYear,
      birthMonth,
      age,
      political: age < 28 && chance(0.5) ? '共青团员' : chance(0.45) ? '中共党员' : '群众',
      education,
      title,
      skill,
      department: pick(category.depts),
      role: chosenRoles[index % chosenRoles.length],
      trade: category.trades ? pick(category.trades) : '',
    };
  });
}

function foundedOf(spec) {
  if (spec.defect === 'runningOneYear') return { year: 2019, month: 5, cell: '2019年5月' };
  const year = int(2012, 2017);
  const month = int(1, 12);
  const cell = pick([
    `${year}年${month}月`,
    `${year}-${String(month).padStart(2, '0')}`,
    { date: new Date(Date.UTC(year, month - 1, int(1, 28))), format: 'yyyy"年"m"月"' },
    month >= 2 && month <= 9 ? `${year}.${month}` : `${year}年${month}月`,
  ]);
  return { year, month, cell };
}

function birthCell(person) {
  return pick([
    `${person.birthYear}年${person.birthMonth}月`,
    `${person.birthYear}.${String(person.birthMonth).padStart(2, '0')}`,
    monthCell(person.birthYear, person.birthMonth),
  ]);
}

function numbersOf(spec) {
  const achievements = spec.defect === 'noAchievement' ? 0 : int(4, 18);
  const awards = {
    international: chance(0.05) ? 1 : 0,
    national: chance(0.25) ? 1 : 0,
    provincial: int(0, 3),
    municipal: int(1, 5),
  };
  return {
    siteArea: int(6, 30) * 10,
    equipment: int(15, 120),
    books: int(12, 150) * 10,
    funding: pick([int(5, 30), int(5, 20) + 0.5]),
    training: int(8, 60) * 10,
    projectsThisYear: int(1, 4),
    projectsTotal: int(8, 30),
    achievements,
    applied: achievements === 0 ? 0 : int(Math.ceil(achievements / 3), achievements),
    utility: int(1, 12),
    invention: int(0, 4),
    design: chance(0.15) ? 1 : 0,
    benefit: int(60, 980),
    awards,
  };
}

const AWARD_NAMES = {
  international: ['国际发明展览会银奖', '国际质量管理小组大会金奖'],
  national: ['全国职工优秀技术创新成果奖', '全国行业职业技能竞赛团体二等奖', '全国优秀质量管理小组'],
  provincial: ['四川省职工优秀技术创新成果三等奖', '四川省职工职业技能大赛团体二等奖', '四川省优秀质量管理小组', '四川省科学技术进步奖三等奖', '四川省专利奖优秀奖'],
  municipal: ['乐山市职工优秀技术创新成果一等奖', '乐山市科学技术进步奖二等奖', '乐山市职工职业技能大赛团体一等奖', '乐山市职工合理化建议优秀项目', '乐山市工人先锋号', '乐山市优秀质量管理小组', '乐山市巾帼文明岗'],
};

const RESULT_AWARDS = ['乐山市职工优秀技术创新成果一等奖', '乐山市职工优秀技术创新成果二等奖', '乐山市科学技术进步奖三等奖', '乐山市职工合理化建议优秀项目奖'];

function awardDetailsOf(awards) {
  const lines = [];
  for (const level of ['international', 'national', 'provincial', 'municipal']) {
    for (const name of sample(AWARD_NAMES[level], awards[level])) lines.push(`${int(2016, 2020)}年${name}`);
  }
  return lines.join('\n');
}

function totalAwards(awards) {
  return awards.international + awards.national + awards.provincial + awards.municipal;
}

// ---------------------------------------------------------------------------
// 申报材料 chapters: varied sentences around the studio's own facts
// ---------------------------------------------------------------------------
function teamFacts(leader, members) {
  const people = [leader, ...members];
  const party = people.filter((person) => person.political === '中共党员').length;
  const average = Math.round((people.reduce((sum, person) => sum + person.age, 0) / people.length) * 10) / 10;
  const degree = people.filter((person) => ['本科', '硕士', '博士'].includes(person.education)).length;
  const seniors = people.filter((person) => person.skill === '高级技师' || /高级|副主任|主任护师|研究员/.test(person.title)).length;
  return { total: people.length, party, average, degree, seniors };
}

function chaptersOf(studio, spec, leader, members, numbers) {
  const category = CATEGORIES[spec.cat];
  const facts = teamFacts(leader, members);
  const dept = pick(category.depts);
  const [problemA, problemB, problemC, problemD] = sample(category.problems, 4);
  const [methodA, methodB, methodC] = sample(category.methods, 3);
  const [equipA, equipB] = sample(category.equipment, 2);
  const product = pick(category.products);
  const founded = studio.founded.year;
  const fundingWan = numbers.funding;

  const background = [
    pick([
      `${studio.name}成立于${founded}年，依托${spec.unit}${dept}组建，由${leader.position}${leader.name}担任带头人。`,
      `${founded}年，${spec.unit}以${leader.name}同志名字命名，在${dept}的基础上组建了本工作室，${leader.name}同志任带头人。`,
    ]),
    pick([
      `建立工作室的初衷，是把劳模和工匠人才多年积累的经验和绝活从“个人本领”变成“团队能力”，集中力量解决${problemA}、${problemB}等长期制约生产的难题。`,
      `随着${product}产量和质量要求不断提高，${problemA}、${problemB}等问题日益突出，单靠个人经验已难以解决，单位决定发挥劳模和工匠人才的示范带动作用，组建创新团队集中攻关。`,
    ]),
    `工作室重点研究、攻关的领域是${spec.focus}，主要方向包括${problemA}的治理、${problemC}的改进以及相关操作方法的标准化。`,
    pick([
      `单位为工作室提供了${numbers.siteArea}平方米的固定活动场所，设有创新研讨区、实操演练区和成果展示区，配备${equipA}、${equipB}等仪器设备${numbers.equipment}台（套），专业技术书籍资料${numbers.books}册，并接入企业内部网络和技术资料库。`,
      `工作室现有固定场地${numbers.siteArea}平方米，配置${equipA}、${equipB}等仪器设备共${numbers.equipment}台（套），藏有专业技术书籍和资料${numbers.books}册，能够满足日常研讨、试验和培训的需要。`,
    ]),
    `单位每年安排专项经费${fundingWan}万元，实行专款专用，主要用于课题攻关材料、试验检测、技能培训和成果奖励，经费使用情况每半年公开一次。`,
    `工作室现有成员${facts.total}人，其中中共党员${facts.party}人，本科及以上学历${facts.degree}人，高级职称或高级技师${facts.seniors}人，平均年龄${facts.average}岁，形成了老中青结合、理论与实操互补的团队结构。`,
    `成立以来，工作室累计完成创新课题和攻关项目${numbers.projectsTotal}项，取得创新成果${numbers.achievements}项，获得实用新型专利${numbers.utility}项${numbers.invention ? `、发明专利${numbers.invention}项` : ''}，获得各级奖励${totalAwards(numbers.awards)}项。`,
  ].join('');

  const systems = [
    pick([
      `工作室坚持“制度管人、流程管事”，先后制定了《工作室管理办法》《创新课题立项与验收制度》《成员考评激励办法》《经费使用管理规定》等${int(6, 10)}项制度，并装订成册、上墙公示。`,
      `工作室建立了以《创新工作室章程》为核心，涵盖课题管理、学习培训、成果评审、经费管理和安全管理的制度体系，共计${int(6, 10)}项，做到每项活动有章可循。`,
    ]),
    `在活动制度方面，工作室实行每月一次例会、每季度一次成果交流、每年一次总结评比的活动机制，例会记录、课题进度表、培训签到表等台账齐全。`,
    pick([
      `在考评激励方面，成员年度考评结果与评先评优、技能等级晋升和岗位聘任挂钩，对取得专利和获奖成果的成员给予专项奖励。`,
      `工作室把创新贡献纳入成员绩效考核，设立“金点子奖”和“攻关能手奖”，每年评选一次，调动了成员参与创新的积极性。`,
    ]),
    `在发展规划方面，工作室制定了三年发展规划和年度创新工作计划：近期重点解决${problemB}和${problemD}，中长期围绕${product}的提质增效，力争形成一批可复制、可推广的先进操作法和技术标准。`,
  ].join('');

  const operations = [
    pick([
      `工作室坚持规范化运作，做到活动有计划、过程有记录、结果有评价。每年年初由带头人组织成员梳理生产中的难点问题，经单位技术部门论证后确定年度课题，${numbers.projectsThisYear ? `2020年共立项${numbers.projectsThisYear}项。` : ''}`,
      `工作室实行课题负责制，年初立项、季度检查、年底验收，${numbers.projectsThisYear ? `2020年在研课题${numbers.projectsThisYear}项，` : ''}每个课题明确负责人、完成时限和预期目标。`,
    ]),
    `课题主要来源于三个方面：一是生产现场反映的质量、效率和安全问题；二是单位下达的技术改造和新产品任务；三是成员在日常工作中提出的合理化建议。`,
    pick([
      `攻关方式上，工作室采取“带头人牵头、骨干分工、全员参与”的模式，遇到重大难题时组织跨部门联合攻关，必要时邀请设备厂家和院校专家现场指导。`,
      `在攻关方法上，工作室推行“现场发现问题、团队分析原因、小范围试验验证、标准化推广”的四步工作法，确保每项成果都经得起生产检验。`,
    ]),
    `工作室定期开展“周五技术讲堂”和“现场问题会诊”活动，近两年累计组织技术研讨${int(30, 80)}次，收集合理化建议${int(60, 260)}条，采纳实施${int(30, 120)}条。`,
  ].join('');

  const collaboration = [
    `工作室根据成员专业特长进行分工，带头人${leader.name}负责总体规划、课题把关和难点攻关，`,
    members
      .slice(0, Math.min(members.length, 5))
      .map((member) => `${member.name}主要负责${member.role}`)
      .join('，') + '。',
    pick([
      `在“${problemA}”课题中，${members[0]?.name ?? leader.name}和${members[1]?.name ?? leader.name}承担了方案设计和现场试验，反复对比数十组数据，最终${methodA}，使问题得到有效解决。`,
      `${members[0]?.name ?? leader.name}牵头完成了“${problemA}”攻关，${members[1]?.name ?? leader.name}负责数据采集和效果验证，二人的成果获得单位年度技术创新奖。`,
    ]),
    `在“${problemB}”课题中，${members[2]?.name ?? leader.name}等成员${methodB}，相关做法已在${pick(['全公司', '本系统', '兄弟单位'])}推广应用。`,
    pick([
      `工作室还建立了“一人一课题、一人一专长”的成长档案，让每名成员都有明确的攻关任务和发展方向，成员之间互相补位、协同作战，团队凝聚力明显增强。`,
      `通过明确分工与协作，工作室形成了老成员带新成员、专业互补、任务共担的工作格局，多名青年成员已能独立承担课题。`,
    ]),
  ].join('');

  const recentAchievements = Math.max(numbers.achievements > 0 ? 1 : 0, Math.round(numbers.achievements / 2));
  const results = [
    `近两年，工作室共完成创新攻关项目${Math.max(2, Math.round(numbers.projectsTotal / 3))}项，取得创新成果${recentAchievements}项，其中${Math.min(numbers.applied, recentAchievements)}项成果已在生产中转化应用。`,
    `工作室累计获得授权实用新型专利${numbers.utility}项${numbers.invention ? `、发明专利${numbers.invention}项` : ''}，形成先进操作法${int(2, 6)}项，编写作业指导书${int(3, 12)}份。`,
    pick([
      `其中，针对${problemC}研制的改进方案，${methodC}，实施后相关指标明显改善，该成果获${pick(RESULT_AWARDS)}。`,
      `代表性成果“${problemC}治理”项目，通过${methodC}，解决了困扰生产多年的难题，被单位列为年度重点推广项目。`,
    ]),
    `此外，工作室围绕${problemD}开展的攻关已完成小范围试验，预计年内可投入使用。`,
  ].join('');

  const sessions = int(12, 40);
  const apprentices = int(4, 16);
  const training = [
    pick([
      `工作室把技能人才培养作为重要职责，坚持“干中学、学中创”，围绕${spec.focus}开设理论讲座、实操演练和案例分析等培训课程。`,
      `工作室坚持“一人学会、人人都会”的理念，结合生产实际编写培训教材，开展岗位练兵和技能比武，带动一线职工整体技能水平提升。`,
    ]),
    `近两年共举办各类培训${sessions}场，年均培训职工${numbers.training}人次，组织技能比武${int(2, 8)}次。`,
    `工作室推行师带徒“结对子”，签订师徒协议${apprentices}对，明确培养目标和考核标准，${int(2, Math.max(2, Math.floor(apprentices / 2)))}名徒弟已成长为班组技术骨干。`,
    `近两年，成员中有${int(1, 5)}人晋升技能等级或职称，${int(1, 4)}人在${pick(['乐山市职工职业技能大赛', '四川省行业技能竞赛', '全市岗位练兵比赛'])}中获奖，${int(1, 3)}人被评为单位技术能手。`,
  ].join('');

  const benefits = [
    `工作室的创新成果转化应用后，累计创造和节约经济效益约${numbers.benefit}万元。`,
    pick([
      `其中，${problemA}攻关成果每年减少停机损失和材料消耗约${int(20, 120)}万元；${problemB}改进后，相关工序效率提高${int(10, 40)}%。`,
      `仅${problemA}一项，实施后每年可节约成本${int(20, 120)}万元，产品合格率提高${int(2, 9)}个百分点。`,
    ]),
    pick([
      `在社会效益方面，工作室的多项做法被纳入单位标准，改善了一线职工的作业环境，降低了安全风险，也提升了${product}的质量和口碑。`,
      `在社会效益方面，工作室发挥了劳模和工匠人才的示范引领作用，营造了崇尚技能、尊重创新的良好氛围，带动了全单位职工参与技术创新。`,
    ]),
  ].join('');

  const exchange = [
    pick([
      `工作室坚持开放办室，与${pick(['本地职业院校', '省内高校', '设备制造厂家', '上下游协作企业'])}建立了技术协作关系，近两年开展技术交流${int(6, 20)}场次。`,
      `工作室通过“请进来、走出去”的方式开展技术交流，近两年邀请专家来室指导${int(3, 10)}次，组织成员外出学习交流${int(3, 12)}次。`,
    ]),
    `工作室还参加了市总工会组织的劳模和工匠人才创新工作室联盟活动，与兄弟工作室互相观摩、联合攻关，共享课题成果和培训资源。`,
    pick([
      `通过交流协作，工作室拓宽了创新思路，引进了新技术、新工艺${int(2, 6)}项，进一步提升了攻关能力。`,
      `交流协作使工作室及时掌握了行业新技术动态，多项外部经验经消化吸收后在本单位落地见效。`,
    ]),
  ].join('');

  let chapters = { background, systems, operations, collaboration, results, training, benefits, exchange };
  // Writers differ in how much they say: grow chapters sentence by sentence up to this studio's length.
  const extras = {
    background: [
      `工作室的建立，为劳模和工匠人才发挥作用、一线职工施展才华搭建了平台，对推动单位技术进步、促进职工技能提升具有重要意义。`,
      `目前，工作室已成为单位技能人才培养基地和职工技术创新的示范点。`,
    ],
    systems: [
      `为保证制度落到实处，工作室每季度对制度执行情况进行一次自查，发现问题及时整改，并根据工作需要修订完善。`,
      `工作室还建立了课题档案和成果档案，从立项申请、过程记录到验收报告全部归档保存，做到过程可追溯、责任可落实。`,
    ],
    operations: [
      `对于攻关中遇到的难点，工作室实行“揭榜挂帅”，由成员主动认领，带头人全程跟踪指导，限期拿出解决方案。`,
      `每项课题完成后，工作室都组织成员复盘总结，把成功经验和失败教训整理成案例，纳入培训教材。`,
    ],
    collaboration: [
      `对跨专业的综合性课题，工作室组建临时攻关小组，由熟悉工艺、设备和质量的成员共同参与，分段负责、整体推进。`,
      `成员之间实行“AB角”制度，一人外出或轮休时由另一人接续课题，保证攻关工作不断档。`,
    ],
    results: [
      `这些成果大多来源于生产一线，投入少、见效快，受到一线职工的普遍欢迎。`,
      `工作室积极参加各级职工技术创新成果评选和合理化建议活动，多项成果获得表彰。`,
    ],
    training: [
      `工作室还把培训延伸到班组和协作单位，录制操作示范视频${int(10, 40)}个，方便职工利用碎片时间学习。`,
      `工作室每年组织成员参加技能等级认定和职称评审，为成员成长搭建阶梯。`,
    ],
    benefits: [
      `部分成果还降低了原材料和能源消耗，减少了污染物排放，取得了良好的节能环保效益。`,
      `工作室的创新实践也为单位培养了一支留得住、用得上的技术骨干队伍，为长远发展积蓄了人才力量。`,
    ],
    exchange: [
      `工作室还向兄弟单位开放实训场地和设备，接待参观学习${int(5, 20)}批次，分享创新经验。`,
      `今后，工作室将进一步拓展交流合作渠道，在更大范围内推广创新成果。`,
    ],
  };
  const target = int(2150, 2700);
  const total = () => Object.values(chapters).reduce((sum, text) => sum + countWords(text), 0);
  const open = Object.keys(extras).filter((key) => extras[key].length > 0);
  while (total() < target && open.length) {
    const key = pick(open);
    chapters[key] += extras[key].shift();
    if (extras[key].length === 0) open.splice(open.indexOf(key), 1);
  }
  // A second paragraph where a chapter has grown long, as writers break their text.
  for (const key of Object.keys(chapters)) {
    const sentences = chapters[key].split(/(?<=。)/);
    if (sentences.length >= 5) chapters[key] = `${sentences.slice(0, Math.ceil(sentences.length / 2)).join('')}\n${sentences.slice(Math.ceil(sentences.length / 2)).join('')}`;
  }
  if (spec.defect === 'materialTooShort') {
    // Offices that skimp write one or two sentences per chapter.
    const firstSentences = (text) => {
      const sentences = text.replace('\n', '').split(/(?<=。)/);
      return sentences.slice(0, Math.ceil(sentences.length * 0.6)).join('');
    };
    chapters = Object.fromEntries(Object.entries(chapters).map(([key, text]) => [key, firstSentences(text)]));
  }
  return chapters;
}

function introOf(studio, spec, leader, members, numbers) {
  const category = CATEGORIES[spec.cat];
  const facts = teamFacts(leader, members);
  const [problemA, problemB] = sample(category.problems, 2);
  const [methodA, methodB] = sample(category.methods, 2);
  const paragraphs = [
    [
      `${studio.name}成立于${studio.founded.year}年，现有成员${facts.total}人，平均年龄${facts.average}岁，以${spec.focus}为主攻方向。`,
      `带头人${leader.name}${leader.honours ? `先后获得${leader.honours.split('；').map((item) => item.replace(/^\d{4}年/, '')).join('、')}等荣誉，` : ''}扎根一线${leader.age - int(19, 23)}年，是单位公认的技术带头人。`,
    ],
    [
      `工作室围绕${problemA}、${problemB}等生产难题开展攻关，${methodA}，${methodB}，累计完成创新课题${numbers.projectsTotal}项，取得创新成果${numbers.achievements}项，获得实用新型专利${numbers.utility}项${numbers.invention ? `、发明专利${numbers.invention}项` : ''}，累计创造经济效益约${numbers.benefit}万元。`,
    ],
    [
      `工作室坚持师带徒和岗位练兵，年均培训职工${numbers.training}人次，培养了一批青年技术骨干，获得各级奖励${totalAwards(numbers.awards)}项。`,
      pick([
        `今后，工作室将继续发挥劳模和工匠人才的示范引领作用，为乐山高质量发展贡献力量。`,
        `下一步，工作室将在${pick(category.products)}的提质增效上持续发力，努力打造全市一流的创新平台。`,
      ]),
    ],
  ];
  const extras = [
    `工作室建立了课题立项、成果评审和考评激励等制度，做到有场所、有经费、有制度、有成果。`,
    `在疫情防控和复工复产期间，工作室成员主动请缨，连续奋战保障生产稳定运行，展现了劳模和工匠人才的担当。`,
    `工作室注重把创新成果转化为标准，参与修订单位作业标准${int(2, 8)}项，使好的做法固化为全体职工的日常操作。`,
    `工作室还与兄弟单位开展技术交流和联合攻关，把外部的新技术、新工艺及时引入生产现场。`,
    `带头人${leader.name}坚持每周深入现场解决实际问题，把多年积累的经验整理成操作手册和典型案例集，供班组学习使用。`,
  ];
  const target = spec.defect === 'introTooLong' ? 640 : int(420, 560);
  let text = padParagraphs(paragraphs, { into: 1, spare: [...extras], minWords: target });
  if (spec.defect === 'introTooLong') {
    // The clerk pasted the first chapter of the 申报材料 as well.
    while (countWords(text) <= 640) text += `\n${introPadding(spec, leader)}`;
  }
  return text;
}

function introPadding(spec, leader) {
  return `为提高${spec.focus}水平，${leader.name}带领团队利用业余时间整理了多年来积累的操作经验和典型案例，编写了培训教材和岗位操作手册，并在全单位推广使用，受到同行的广泛好评。`;
}

function studioNameOf(spec, leader) {
  if (spec.defect === 'wrongName') return `${leader.name}劳模创新工作室`;
  return `${spec.unit}${leader.name}劳模和工匠人才创新工作室`;
}

function studioHonoursOf(spec, founded) {
  if (spec.defect === 'alreadyNamed') return `2016年高新区职工创新示范岗；2018年乐山市劳模和工匠人才创新工作室`;
  // 市级系统工会 name their own studios by system (乐山市教育系统…), county unions by place (市中区…).
  const region = spec.rec.startsWith('乐山市') ? spec.rec.replace(/工会$/, '系统') : spec.rec.replace(/总工会$|工会$/, '');
  const options = [
    `${int(Math.max(founded.year + 1, 2015), 2019)}年${region}职工创新工作室`,
    `${int(2016, 2019)}年乐山市工人先锋号`,
    `${int(2016, 2019)}年${region}劳模创新工作室`,
  ];
  return chance(0.3) ? '' : sample(options, int(1, 2)).sort().join('；');
}

function buildSample() {
  const studios = [];
  const members = [];
  SPECS.forEach((spec, index) => {
    const leader = leaderOf(spec);
    const founded = foundedOf(spec);
    const numbers = numbersOf(spec);
    const team = membersOf(spec, leader);
    const studio = { number: index + 1, spec, leader, founded, numbers, name: studioNameOf(spec, leader) };
    studio.studioHonours = studioHonoursOf(spec, founded);
    studio.awardDetails = awardDetailsOf(numbers.awards);
    studio.chapters = chaptersOf(studio, spec, leader, team, numbers);
    studio.intro = introOf(studio, spec, leader, team, numbers);
    studio.leaderBirthCell = birthCell(leader);
    team.forEach((member) => members.push({ ...member, studio: studio.name, birthCell: birthCell(member) }));
    studio.teamSize = team.length + 1;
    studios.push(studio);
  });
  return { studios, members };
}

// ---------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------
const STUDIO_COLUMNS = [
  ['序号', 6, (s) => s.number],
  ['推荐单位', 16, (s) => s.spec.rec],
  ['推荐排序', 8, (s) => s.spec.rank ?? ''],
  ['创新工作室名称', 40, (s) => s.name],
  ['创建时间', 12, (s) => s.founded.cell],
  ['创新工作室所属单位名称', 28, (s) => s.spec.unit],
  ['负责人姓名', 10, (s) => s.leader.name],
  ['职务', 14, (s) => s.leader.position],
  ['联系电话', 14, (s) => ({ text: s.leader.phone })],
  ['性别', 6, (s) => s.leader.gender],
  ['出生年月', 10, (s) => s.leaderBirthCell],
  ['籍贯', 10, (s) => s.leader.nativePlace],
  ['民族', 6, (s) => s.leader.ethnicity],
  ['政治面貌', 10, (s) => s.leader.political],
  ['学历', 8, (s) => s.leader.education],
  ['职称', 12, (s) => s.leader.title],
  ['技术等级', 10, (s) => s.leader.skill],
  ['是否荣获过劳模和工匠称号', 10, (s) => s.leader.isModelWorker],
  ['何时获何种劳模称号', 36, (s) => s.leader.honours],
  ['工作场地面积（㎡）', 10, (s) => s.numbers.siteArea],
  ['仪器设备（台/套）', 10, (s) => s.numbers.equipment],
  ['专业技术书籍资料（册）', 10, (s) => s.numbers.books],
  ['年均专项经费（万元）', 10, (s) => s.numbers.funding],
  ['年均技能培训（人次）', 10, (s) => s.numbers.training],
  ['本年度攻关项目数', 10, (s) => s.numbers.projectsThisYear],
  ['创新课题或攻关项目累计（项）', 10, (s) => s.numbers.projectsTotal],
  ['创新成果数累计（项）', 10, (s) => s.numbers.achievements],
  ['成果转化（项）', 10, (s) => s.numbers.applied],
  ['实用新型专利（项）', 10, (s) => s.numbers.utility],
  ['发明专利（项）', 10, (s) => s.numbers.invention],
  ['外观设计专利（项）', 10, (s) => s.numbers.design],
  ['节创经济效益累计（万元）', 12, (s) => s.numbers.benefit],
  ['国际级获奖（项）', 8, (s) => s.numbers.awards.international],
  ['国家级获奖（项）', 8, (s) => s.numbers.awards.national],
  ['省部级获奖（项）', 8, (s) => s.numbers.awards.provincial],
  ['地市级获奖（项）', 8, (s) => s.numbers.awards.municipal],
  ['获奖明细', 36, (s) => s.awardDetails],
  ['创新工作室简介及主要先进事迹（600字以内）', 60, (s) => s.intro],
  ['工作室曾获荣誉', 30, (s) => s.studioHonours],
  ['基本情况', 60, (s) => s.chapters.background],
  ['制度建立情况', 50, (s) => s.chapters.systems],
  ['日常运作情况', 50, (s) => s.chapters.operations],
  ['分工协作情况', 50, (s) => s.chapters.collaboration],
  ['创新成果情况', 50, (s) => s.chapters.results],
  ['技能人才培养情况', 50, (s) => s.chapters.training],
  ['取得效益情况', 50, (s) => s.chapters.benefits],
  ['开展技术交流协作情况', 50, (s) => s.chapters.exchange],
];

const MEMBER_COLUMNS = [
  ['序号', 6, (m, index) => index + 1],
  ['所属工作室', 40, (m) => m.studio],
  ['姓名', 10, (m) => m.name],
  ['性别', 6, (m) => m.gender],
  ['出生年月', 10, (m) => m.birthCell],
  ['政治面貌', 10, (m) => m.political],
  ['学历', 8, (m) => m.education],
  ['职称', 12, (m) => m.title],
  ['技能等级', 10, (m) => m.skill],
  ['工种', 14, (m) => m.trade],
  ['所在部门', 14, (m) => m.department],
  ['主要分工', 18, (m) => m.role],
];

/** The sample must show exactly its deliberate mistakes: check the facts the rules look at. */
function checkSample({ studios }) {
  const problems = [];
  for (const studio of studios) {
    const { spec } = studio;
    const material = Object.values(studio.chapters).reduce((sum, text) => sum + countWords(text), 0);
    const intro = countWords(studio.intro);
    const expect = (condition, what) => {
      if (!condition) problems.push(`${studio.name}: ${what}`);
    };
    expect((material >= 2000) === (spec.defect !== 'materialTooShort'), `申报材料${material}字`);
    expect((intro <= 600) === (spec.defect !== 'introTooLong'), `简介${intro}字`);
    expect((studio.teamSize >= 5) === (spec.defect !== 'teamOfFour'), `团队${studio.teamSize}人`);
    expect(studio.awardDetails.split('\n').filter(Boolean).length === totalAwards(studio.numbers.awards), '获奖明细与获奖数不一致');
  }
  if (problems.length) throw new Error(`sample does not match its documented mistakes:\n${problems.join('\n')}`);
}

async function main() {
  const sample = buildSample();
  checkSample(sample);
  const workbook = createWorkbook({ creator: 'studio-docs sample data', date: new Date(Date.UTC(2020, 7, 3)) });
  // Long answers (简介, 申报材料 chapters) wrap, top-aligned, as offices format them.
  const layout = { titleHeight: 28, headerHeight: 42, headerFill: true, wrapWhen: (text) => text.length > 40 };
  addTitledSheet(workbook, { name: '工作室', title: TITLE, columns: STUDIO_COLUMNS, records: sample.studios, ...layout });
  addTitledSheet(workbook, { name: '成员', title: `${TITLE}（工作室成员，不含带头人）`, columns: MEMBER_COLUMNS, records: sample.members, ...layout });
  const path = await writeWorkbook(workbook, OUT_DIR);
  console.error(`wrote ${path}: ${sample.studios.length} studios, ${sample.members.length} members`);
  for (const studio of sample.studios) {
    const material = Object.values(studio.chapters).reduce((sum, text) => sum + countWords(text), 0);
    const defect = studio.spec.defect ? `  ← ${DEFECTS[studio.spec.defect]}` : '';
    console.error(`${String(studio.number).padStart(2)} row ${studio.number + 2} ${studio.spec.rec} ${studio.name} 团队${studio.teamSize}人 简介${countWords(studio.intro)}字 材料${material}字${defect}`);
  }
}

await main();
