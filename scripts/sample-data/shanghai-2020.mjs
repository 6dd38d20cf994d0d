#!/usr/bin/env node
/**
 * Writes the bundled sample for the Shanghai 2020 campaign:
 *   data/shanghai-2020/applications.xlsx   (sheets 工作室 and 成员, title row above the header, as offices send them)
 *   data/shanghai-2020/studios.gbk.csv     (the same studios, GBK, as Excel "CSV（逗号分隔）" writes on Chinese Windows)
 *   data/shanghai-2020/members.gbk.csv     (the same members, GBK)
 *
 * Run: node scripts/sample-data/shanghai-2020.mjs [outDir]
 *
 * Everything is fictional: people are drawn from common surnames and given names,
 * companies are invented (上海申华精密机械有限公司…); only the recommending unions are
 * real bodies named in the notice's distribution list. A seeded generator makes the
 * output byte-identical on every run, so the committed files only change when this
 * script does. The deliberate mistakes are listed in DEFECTS and in data/README.md.
 *
 * Plain JavaScript on purpose: scripts are not compiled by the build, so the headers
 * below are written out as offices write them (labels and aliases the importer knows).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addTitledSheet, cellOf, countWords, createPersonNamer, createRandom, createWorkbook, mobileNumber, monthCell, outDirOf, padParagraphs, writeWorkbook } from './common.mjs';
import { MEMBER_COLUMNS, STUDIO_COLUMNS } from './shanghai-2020-columns.mjs';

const OUT_DIR = outDirOf('shanghai-2020');
const NOTICE_DATE = new Date(Date.UTC(2020, 9, 22));
const TITLE = '2020年度上海市工匠（技师、职工、巾帼）创新工作室申报汇总';

const rng = createRandom(20201022);
const { int, pick, chance, sample } = rng;

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------
const personName = createPersonNamer(rng, {
  surnames: '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢钟姜崔陆范汪顾金施俞严钱倪戴龚瞿浦闵盛邵'.split(''),
  male: ['建国', '志强', '伟', '明', '俊杰', '海峰', '国平', '卫东', '振华', '晓东', '永明', '立新', '浩', '磊', '斌', '勇', '军', '涛', '鹏', '宇', '健', '晨', '昊', '嘉伟', '文斌', '建华', '春生', '培军', '德明', '忠良', '荣华', '敏杰', '一鸣', '天翔', '子豪', '国强', '金龙', '学军', '伟民', '剑锋', '宏亮', '志刚', '海涛', '云飞', '佳俊', '益民', '长春', '炜', '骏', '士杰'],
  female: ['丽', '娟', '敏', '静', '秀英', '慧', '艳', '婷', '雯', '佳怡', '晓燕', '春燕', '玉兰', '丽华', '美玲', '雪梅', '颖', '倩', '琳', '莉', '芳', '红', '霞', '蕾', '思雨', '雅琴', '凤英', '洁', '瑾', '文静', '海燕', '晓红', '丹', '菁', '梦婷', '蓓蕾', '爱华', '惠芬', '瑛', '佩琳'],
});

// ---------------------------------------------------------------------------
// Recommending unions (real bodies) and their districts
// ---------------------------------------------------------------------------
const RECOMMENDERS = {
  浦东新区总工会: { system: '浦东新区', district: '浦东新区', roads: ['申江路', '华东路', '川沙路', '锦绣东路', '金海路', '张衡路'], postcodes: ['201203', '201206', '200120', '201210'] },
  闵行区总工会: { system: '闵行区', district: '闵行区', roads: ['莘庄工业区申富路', '剑川路', '颛兴路', '元江路', '紫星路'], postcodes: ['201108', '200241', '201112'] },
  徐汇区总工会: { system: '徐汇区', district: '徐汇区', roads: ['宜山路', '田林路', '龙华西路', '华泾路', '枫林路'], postcodes: ['200233', '200032', '200231'] },
  宝山区总工会: { system: '宝山区', district: '宝山区', roads: ['月罗路', '富联路', '沪太路', '宝杨路', '罗北路'], postcodes: ['201900', '201901', '200940', '201908'] },
  嘉定区总工会: { system: '嘉定区', district: '嘉定区', roads: ['安亭墨玉路', '嘉松北路', '宝安公路', '城北路', '外冈镇恒飞路'], postcodes: ['201805', '201802', '201800', '201806'] },
  松江区总工会: { system: '松江区', district: '松江区', roads: ['九亭沪亭北路', '泗泾高技路', '荣乐东路', '洞泾长兴东路'], postcodes: ['201615', '201601', '201600', '201619'] },
  金山区总工会: { system: '金山区', district: '金山区', roads: ['金一路', '亭林镇林宝路', '漕泾镇北银河路', '枫泾镇环东一路'], postcodes: ['200540', '201505', '201507', '201501'] },
  上海电气集团工会: { system: '上海电气', district: '闵行区', roads: ['江川路', '华宁路', '剑川路', '闵北路'], postcodes: ['200240', '201108', '200245'] },
  上海建工集团工会: { system: '上海建工', district: '浦东新区', roads: ['东大名路', '曹杨路', '宜山路', '浦东大道'], postcodes: ['200080', '200063', '200235', '200120'] },
  上海机场集团工会: { system: '上海机场', district: '浦东新区', roads: ['浦东机场启航路', '航城七路', '迎宾大道'], postcodes: ['201207', '201202'] },
};

// ---------------------------------------------------------------------------
// Trades: what each kind of studio works on, in words an intro would use
// ---------------------------------------------------------------------------
const CATEGORIES = {
  machining: {
    depts: ['数控加工车间', '精密制造部', '机加工分厂'],
    problems: ['薄壁零件加工变形', '深孔加工精度不稳定', '难加工材料刀具磨损过快', '复杂曲面加工效率偏低', '批量零件尺寸一致性差'],
    methods: ['自主设计专用工装夹具', '重新规划刀具路径并优化切削参数', '引入在机测量与误差补偿', '编制宏程序实现参数化编程'],
    equipment: ['五轴加工中心', '三坐标测量机', '数控车铣复合机床', '工具显微镜'],
    products: ['航空发动机机匣', '精密液压阀体', '汽轮机叶片', '精密冲压模具'],
    future: ['智能产线的工艺数据积累', '难加工材料的高效切削'],
    memberTrades: ['数控车工', '数控铣工', '钳工', '磨工', '模具工', '工具钳工'],
  },
  welding: {
    depts: ['焊接车间', '金属结构分公司', '制造部焊接工段'],
    problems: ['厚板焊接变形难以控制', '异种钢焊缝易产生裂纹', '高空仰焊成形质量不稳定', '大型构件焊后矫正耗时长'],
    methods: ['采用窄间隙多层多道焊工艺', '制定对称分段退焊顺序', '研制可调式焊接变形约束工装', '应用焊接机器人离线编程'],
    equipment: ['焊接机器人工作站', '数字化焊机', '超声波探伤仪', '焊接模拟培训系统'],
    products: ['核电主设备部件', '超高层钢结构节点', '大型压力容器', '桥梁钢箱梁'],
    future: ['焊接过程数字化监控', '新型高强钢焊接工艺'],
    memberTrades: ['焊工', '铆工', '起重工', '无损检测员', '钳工'],
  },
  auto: {
    depts: ['售后技术服务部', '总装车间', '试验中心', '车辆维修分公司'],
    problems: ['电控系统故障排查耗时长', '动力电池包密封检测效率低', '车载网络通信偶发故障', '整车下线检测节拍偏慢'],
    methods: ['编写分级故障诊断流程', '研制电池包气密性快速检测工装', '搭建台架模拟复现故障', '开发检测数据自动比对程序'],
    equipment: ['整车故障诊断仪', '电池包测试台架', '底盘测功机', '示波器'],
    products: ['新能源公交车', '纯电动乘用车', '混合动力总成', '汽车线束总成'],
    future: ['新能源汽车高压安全维修', '智能网联汽车检测'],
    memberTrades: ['汽车维修工', '汽车装调工', '电工', '钳工', '质量检验员'],
  },
  electronics: {
    depts: ['封装测试事业部', '制造工程部', '品质保证部'],
    problems: ['芯片封装良率波动', '印制电路板焊点虚焊', '传感器零点漂移', '测试程序切换时间长'],
    methods: ['建立关键工序参数统计控制', '改进回流焊温度曲线', '设计自动校准夹具', '开发测试程序一键切换工具'],
    equipment: ['自动光学检测设备', 'X射线检测仪', '半自动探针台', '恒温恒湿试验箱'],
    products: ['车规级功率芯片', '多层印制电路板', 'MEMS压力传感器', '智能电表模块'],
    future: ['车规级产品的可靠性提升', '检测环节的自动化改造'],
    memberTrades: ['电子设备装接工', '半导体芯片制造工', '电子元器件检验员', '仪器仪表维修工', '电工'],
  },
  chemical: {
    depts: ['分析检测中心', '生产运行部', '质量管理部'],
    problems: ['微量杂质检测结果重复性差', '反应釜温度波动影响收率', '在线分析仪表故障率高', '样品前处理耗时长'],
    methods: ['优化色谱分析条件并建立标准操作规程', '改进反应釜温控逻辑', '制定在线仪表预防性维护清单', '研制样品前处理辅助装置'],
    equipment: ['气相色谱仪', '液相色谱仪', '红外光谱仪', '自动电位滴定仪'],
    products: ['聚合级乙烯', '精细化工中间体', '高分子复合材料', '特种涂料'],
    future: ['绿色低碳工艺改进', '检测方法标准化'],
    memberTrades: ['化学检验员', '化工总控工', '仪表维修工', '化工操作工'],
  },
  nursing: {
    depts: ['护理部', '静脉治疗小组', '社区护理服务部'],
    problems: ['经外周置入中心静脉导管维护并发症', '老年患者跌倒风险高', '慢病患者居家随访不及时', '输液巡视工作量大'],
    methods: ['制定导管维护标准流程和宣教手册', '设计防跌倒风险评估卡', '开发家庭病床随访记录小程序', '改良输液报警提示装置'],
    equipment: ['模拟护理训练人', '便携式超声仪', '智能输液监测系统'],
    products: ['静脉治疗护理', '家庭病床服务', '老年综合护理'],
    future: ['护理服务延伸到社区和家庭', '护理器具的小改小革'],
    memberTrades: ['护士', '护士', '护士', '护理员'],
  },
  construction: {
    depts: ['项目部', '技术质量部', '工程技术中心'],
    problems: ['超高层钢结构安装精度控制难', '盾构掘进姿态偏差', '单元幕墙吊装效率低', '预制构件钢筋定位偏差'],
    methods: ['应用三维扫描进行预拼装复核', '建立盾构姿态实时纠偏模型', '研制单元板块专用吊具', '设计钢筋定位模板'],
    equipment: ['全站仪', '三维激光扫描仪', '盾构模拟操作平台', 'BIM工作站'],
    products: ['超高层办公楼', '越江隧道', '装配式住宅', '城市综合体幕墙'],
    future: ['智能建造与数字化施工', '装配式建筑质量提升'],
    memberTrades: ['焊工', '工程测量员', '钢筋工', '幕墙安装工', '起重工', '混凝土工'],
  },
  aviation: {
    depts: ['机务维修部', '地面服务部', '行李系统运行保障部'],
    problems: ['航空发动机孔探图像判读标准不一', '行李分拣系统卡包', '高峰时段值机排队时间长', '航班保障环节衔接不畅'],
    methods: ['建立孔探缺陷图谱库', '改进分拣机导流挡板结构', '重新设计值机柜台分流方案', '编制航班保障节点对照表'],
    equipment: ['工业内窥镜', '行李系统仿真平台', '自助值机设备', '发动机模拟训练台'],
    products: ['航空发动机维修', '机场行李处理', '旅客地面服务'],
    future: ['机场运行保障的智能化', '维修质量的数据化管理'],
    memberTrades: ['飞机维修工', '电工', '民航客运员', '机械设备维修工'],
  },
  food: {
    depts: ['生产技术部', '中心厨房', '品控中心'],
    problems: ['传统糕点保质期短', '配餐冷链温度波动', '手工工序依赖个人经验', '产品口味批次差异'],
    methods: ['调整配方和包装工艺', '改进冷链周转箱保温结构', '把手工技艺分解为标准工序', '建立感官评价与理化指标对照表'],
    equipment: ['真空冷却机', '恒温发酵箱', '冷链温度记录仪', '食品快速检测仪'],
    products: ['海派糕点', '航空配餐', '速冻面点', '熟食制品'],
    future: ['传统技艺的标准化和传承', '食品安全快速检测'],
    memberTrades: ['中式面点师', '中式烹调师', '食品检验员', '西式面点师'],
  },
  logistics: {
    depts: ['仓储运营中心', '智能分拣中心', '运营管理部'],
    problems: ['分拣差错率偏高', '高峰期仓储作业拥堵', '叉车作业安全隐患', '包装材料浪费'],
    methods: ['优化分拣格口分配规则', '重新规划库位和拣货路径', '加装叉车防撞预警装置', '设计可循环包装方案'],
    equipment: ['自动分拣线', '仓储管理系统', '电动叉车', '手持终端'],
    products: ['跨境电商仓储', '城市配送', '冷链物流'],
    future: ['仓储作业的自动化', '绿色包装推广'],
    memberTrades: ['物流服务师', '仓储管理员', '叉车司机', '快递员'],
  },
  utility: {
    depts: ['管网运行部', '抢修中心', '设备维护部'],
    problems: ['老旧管网带压作业风险高', '供水管网漏损率偏高', '阀门操作效率低', '泵站设备故障难预判'],
    methods: ['研制带压开孔辅助装置', '应用听漏仪与分区计量定位漏点', '设计便携式阀门电动操作器', '建立设备振动监测档案'],
    equipment: ['听漏仪', '管线探测仪', '带压开孔机', '振动分析仪'],
    products: ['城市燃气管网', '供水管网', '污水处理设施'],
    future: ['管网运行的智慧化管理', '抢修作业的安全与效率'],
    memberTrades: ['燃气管网运行工', '管道工', '电工', '仪表维修工', '水务运行工'],
  },
  software: {
    depts: ['研发中心', '数据平台部', '技术服务部'],
    problems: ['多源数据接入格式不一', '平台高峰期响应慢', '一线人员使用门槛高'],
    methods: ['制定统一的数据接入规范', '重构缓存与查询机制', '把常用操作做成向导式界面'],
    equipment: ['测试服务器集群', '数据可视化大屏', '移动终端测试平台'],
    products: ['城市运行管理平台', '企业设备管理系统'],
    future: ['数据治理与开放共享', '面向一线职工的数字化工具'],
    memberTrades: ['计算机程序设计员', '软件测试员', '网络管理员', '计算机程序设计员'],
  },
  electrical: {
    depts: ['电气装配车间', '维修保障部', '安装维保分公司'],
    problems: ['电梯控制柜接线差错', '设备电气故障定位慢', '变压器绕组绝缘缺陷', '电气元件老化难以及时发现'],
    methods: ['设计防错接线图板', '编制电气故障树并制作诊断卡', '改进绕组浸漆工艺', '加装在线温度监测'],
    equipment: ['电气安全测试仪', '红外热像仪', '绝缘电阻测试仪', '电梯远程监测终端'],
    products: ['电梯控制柜', '大型电力变压器', '污水处理设备控制系统', '机场助航灯光'],
    future: ['设备预测性维护', '电气安全标准化作业'],
    memberTrades: ['电工', '电梯安装维修工', '维修电工', '变压器装配工', '钳工'],
  },
  service: {
    depts: ['客运服务部', '旅客服务中心', '窗口服务部'],
    problems: ['旅客通关等候时间长', '特殊旅客服务需求多', '服务流程交接环节多'],
    methods: ['绘制旅客动线图并调整引导点位', '推出特殊旅客预约服务卡', '梳理服务流程并编写岗位手册'],
    equipment: ['智能引导屏', '自助服务终端', '服务质量监测系统'],
    products: ['邮轮旅客服务', '航站楼旅客服务'],
    future: ['服务标准化与品牌化', '智慧服务手段的应用'],
    memberTrades: ['客运服务员', '民航客运员', '客运服务员', '安检员'],
  },
};

// ---------------------------------------------------------------------------
// The 48 studios. Ten recommenders; each meets the ≥50% 非公企业 rule except 徐汇区总工会 (1 of 4).
// unitNature is written as offices write it (国企, 民营, 中外合资 …): the importer maps aliases.
// ---------------------------------------------------------------------------
const SPECS = [
  // 浦东新区总工会 (5 of 7 非公)
  { rec: '浦东新区总工会', type: '工匠', unit: '上海申华精密机械有限公司', nature: '民营企业', industry: '装备制造', cat: 'machining', specialty: '航空发动机精密零件数控加工', trade: '数控车工', gender: '男' },
  { rec: '浦东新区总工会', type: '技师', unit: '上海浦江微电子封装测试有限公司', nature: '外资企业', industry: '集成电路', cat: 'electronics', specialty: '集成电路封装测试工艺改进', trade: '半导体芯片制造工', gender: '男' },
  { rec: '浦东新区总工会', type: '职工', unit: '上海东滩新能源汽车电控有限公司', nature: '民营', industry: '汽车制造', cat: 'auto', specialty: '新能源汽车电控系统检测', trade: '汽车维修工', gender: '男' },
  { rec: '浦东新区总工会', type: '工匠', unit: '上海临港智能制造技术研究院', nature: '事业单位', industry: '装备制造', cat: 'machining', specialty: '工业机器人系统集成与调试', trade: '工业机器人系统运维员', gender: '男', defect: 'leaderNotCraftsman' },
  { rec: '浦东新区总工会', type: '巾帼', unit: '上海金桥康达汽车零部件有限公司', nature: '中外合资', industry: '汽车零部件', cat: 'auto', specialty: '汽车线束装配质量控制', trade: '汽车装调工', gender: '女' },
  { rec: '浦东新区总工会', type: '职工', unit: '上海外高桥恒通物流有限公司', nature: '民营企业', industry: '现代物流', cat: 'logistics', specialty: '智能仓储分拣流程优化', trade: '物流服务师', gender: '男' },
  { rec: '浦东新区总工会', type: '巾帼', unit: '上海市浦东新区川东医院', nature: '事业单位', industry: '医疗卫生', cat: 'nursing', specialty: '静脉治疗护理技术创新', trade: '护士', gender: '女' },
  // 闵行区总工会 (3 of 5)
  { rec: '闵行区总工会', type: '技师', unit: '上海莘庄重型机械制造有限公司', nature: '国有企业', industry: '装备制造', cat: 'welding', specialty: '大型铸锻件焊接修复', trade: '焊工', gender: '男' },
  { rec: '闵行区总工会', type: '职工', unit: '上海紫竹新材料科技有限公司', nature: '民营企业', industry: '新材料', cat: 'chemical', specialty: '高分子复合材料配方与检测', trade: '化学检验员', gender: '男', fullWidthFounded: true },
  { rec: '闵行区总工会', type: '技师', unit: '上海闵行华新电梯工程有限公司', nature: '民营企业', industry: '特种设备', cat: 'electrical', specialty: '电梯安装维修与远程监测', trade: '电梯安装维修工', gender: '男', defect: 'technicianSkillTooLow' },
  { rec: '闵行区总工会', type: '工匠', unit: '上海颛桥精工模具有限公司', nature: '私营企业', industry: '模具制造', cat: 'machining', specialty: '精密冲压模具设计制造', trade: '模具工', gender: '男' },
  { rec: '闵行区总工会', type: '巾帼', unit: '上海吴泾化工检测技术有限公司', nature: '国有企业', industry: '石油化工', cat: 'chemical', specialty: '化工产品分析检测方法开发', trade: '化学检验员', gender: '女', defect: 'tooFewWomen' },
  // 徐汇区总工会 (1 of 4: below 50%)
  { rec: '徐汇区总工会', type: '技师', unit: '上海漕河泾仪表自动化有限公司', nature: '国有控股企业', industry: '仪器仪表', cat: 'electronics', specialty: '智能仪表校准与维修', trade: '仪器仪表维修工', gender: '男' },
  { rec: '徐汇区总工会', type: '巾帼', unit: '上海市徐汇区枫华社区卫生服务中心', nature: '事业单位', industry: '医疗卫生', cat: 'nursing', specialty: '社区慢病护理与家庭病床服务', trade: '护士', gender: '女' },
  { rec: '徐汇区总工会', type: '职工', unit: '上海华泾燃气工程有限公司', nature: '国有企业', industry: '燃气供应', cat: 'utility', specialty: '燃气管网带压作业技术', trade: '燃气管网运行工', gender: '男', defect: 'teamOfFour' },
  { rec: '徐汇区总工会', type: '职工', unit: '上海徐汇智联软件有限公司', nature: '民营企业', industry: '软件和信息技术服务', cat: 'software', specialty: '城市运行数据平台开发', trade: '计算机程序设计员', gender: '男' },
  // 宝山区总工会 (3 of 5)
  { rec: '宝山区总工会', type: '工匠', unit: '上海宝罗钢结构工程有限公司', nature: '民营企业', industry: '建筑钢结构', cat: 'welding', specialty: '厚板钢结构焊接变形控制', trade: '焊工', gender: '男' },
  { rec: '宝山区总工会', type: '技师', unit: '上海月浦特种钢材加工有限公司', nature: '国有企业', industry: '冶金', cat: 'machining', specialty: '特种钢材热处理与精整', trade: '热处理工', gender: '男' },
  { rec: '宝山区总工会', type: '职工', unit: '上海顾村机器人系统集成有限公司', nature: '民营企业', industry: '智能制造', cat: 'welding', specialty: '焊接机器人离线编程', trade: '工业机器人系统操作员', gender: '男', defect: 'foundedTooRecently' },
  { rec: '宝山区总工会', type: '巾帼', unit: '上海吴淞口邮轮港务服务有限公司', nature: '国有企业', industry: '交通运输', cat: 'service', specialty: '邮轮旅客通关服务流程优化', trade: '客运服务员', gender: '女' },
  { rec: '宝山区总工会', type: '技师', unit: '上海罗泾环保设备有限公司', nature: '外商独资', industry: '环保设备', cat: 'electrical', specialty: '污水处理设备电气控制', trade: '电工', gender: '男' },
  // 嘉定区总工会 (4 of 5)
  { rec: '嘉定区总工会', type: '工匠', unit: '上海安亭新能源汽车测试有限公司', nature: '外资企业', industry: '汽车制造', cat: 'auto', specialty: '整车电磁兼容测试', trade: '汽车维修工', gender: '男', defect: 'alreadyModelWorkerStudio' },
  { rec: '嘉定区总工会', type: '技师', unit: '上海南翔汽车零部件有限公司', nature: '民营企业', industry: '汽车零部件', cat: 'machining', specialty: '汽车冲焊件模具维修', trade: '钳工', gender: '男' },
  { rec: '嘉定区总工会', type: '巾帼', unit: '上海马陆精密传感器有限公司', nature: '民营企业', industry: '电子元器件', cat: 'electronics', specialty: 'MEMS传感器装配与检测', trade: '电子设备装接工', gender: '女' },
  { rec: '嘉定区总工会', type: '职工', unit: '上海嘉定疁城公共交通有限公司', nature: '国企', industry: '公共交通', cat: 'auto', specialty: '新能源公交车辆维修', trade: '汽车维修工', gender: '男', defect: 'orphanMember' },
  { rec: '嘉定区总工会', type: '职工', unit: '上海外冈食品有限公司', nature: '民营企业', industry: '食品制造', cat: 'food', specialty: '海派糕点工艺改良', trade: '中式面点师', gender: '女' },
  // 松江区总工会 (3 of 4)
  { rec: '松江区总工会', type: '技师', unit: '上海九亭智能装备有限公司', nature: '民营企业', industry: '装备制造', cat: 'machining', specialty: '五轴联动数控加工', trade: '数控铣工', gender: '男', defect: 'invalidDate' },
  { rec: '松江区总工会', type: '巾帼', unit: '上海泗泾电子电路有限公司', nature: '外资企业', industry: '电子元器件', cat: 'electronics', specialty: '印制电路板质量检测', trade: '电子元器件检验员', gender: '女' },
  { rec: '松江区总工会', type: '职工', unit: '上海松江城建水务有限公司', nature: '国有企业', industry: '水务', cat: 'utility', specialty: '供水管网漏损检测', trade: '管道工', gender: '男', defect: 'missingPhone' },
  { rec: '松江区总工会', type: '工匠', unit: '上海洞泾精密铸造有限公司', nature: '民营企业', industry: '铸造', cat: 'machining', specialty: '熔模精密铸造', trade: '铸造工', gender: '男' },
  // 金山区总工会 (3 of 4)
  { rec: '金山区总工会', type: '技师', unit: '上海金卫石化检测服务有限公司', nature: '国有企业', industry: '石油化工', cat: 'chemical', specialty: '石化产品在线分析仪表维护', trade: '化学检验员', gender: '男' },
  { rec: '金山区总工会', type: '职工', unit: '上海亭林新材料化工有限公司', nature: '民营企业', industry: '化工新材料', cat: 'chemical', specialty: '聚合反应釜工艺优化', trade: '化工总控工', gender: '男' },
  { rec: '金山区总工会', type: '巾帼', unit: '上海漕泾精细化工有限公司', nature: '外资企业', industry: '精细化工', cat: 'chemical', specialty: '精细化工品质量分析', trade: '化学检验员', gender: '女', fullWidthProjects: true },
  { rec: '金山区总工会', type: '技师', unit: '上海枫泾食品有限公司', nature: '民营企业', industry: '食品制造', cat: 'food', specialty: '传统熟食制品加工工艺', trade: '中式烹调师', gender: '男' },
  // 上海电气集团工会 (3 of 5: joint ventures)
  { rec: '上海电气集团工会', type: '工匠', unit: '上海申电重型装备有限公司', nature: '国有企业', industry: '电力装备', cat: 'welding', specialty: '核电主设备大型部件焊接', trade: '焊工', gender: '男' },
  { rec: '上海电气集团工会', type: '技师', unit: '上海申菱电梯有限公司', nature: '中外合资', industry: '电梯制造', cat: 'electrical', specialty: '电梯控制柜装配调试', trade: '电工', gender: '男' },
  { rec: '上海电气集团工会', type: '工匠', unit: '上海申电汽轮叶片有限公司', nature: '国有企业', industry: '电力装备', cat: 'machining', specialty: '汽轮机叶片精密磨削', trade: '磨工', gender: '男' },
  { rec: '上海电气集团工会', type: '职工', unit: '上海申泰变压器有限公司', nature: '外资企业', industry: '输变电设备', cat: 'electrical', specialty: '大型变压器绕组工艺', trade: '变压器装配工', gender: '男' },
  { rec: '上海电气集团工会', type: '巾帼', unit: '上海申日数控机床有限公司', nature: '中外合资', industry: '机床制造', cat: 'machining', specialty: '数控机床电气装配', trade: '装配钳工', gender: '女' },
  // 上海建工集团工会 (3 of 5)
  { rec: '上海建工集团工会', type: '工匠', unit: '上海申建钢结构工程有限公司', nature: '国有企业', industry: '建筑施工', cat: 'construction', specialty: '超高层建筑钢结构安装', trade: '焊工', gender: '男' },
  { rec: '上海建工集团工会', type: '技师', unit: '上海申建隧道工程有限公司', nature: '国有企业', industry: '隧道施工', cat: 'construction', specialty: '盾构隧道施工测量', trade: '工程测量员', gender: '男' },
  { rec: '上海建工集团工会', type: '职工', unit: '上海申建华亚幕墙工程有限公司', nature: '外资企业', industry: '建筑装饰', cat: 'construction', specialty: '单元式幕墙安装工艺', trade: '幕墙安装工', gender: '男' },
  { rec: '上海建工集团工会', type: '巾帼', unit: '上海申建精工建材有限公司', nature: '民营企业', industry: '建筑材料', cat: 'construction', specialty: '预拌混凝土质量检测', trade: '建筑材料试验员', gender: '女' },
  { rec: '上海建工集团工会', type: '技师', unit: '上海申建预制构件有限公司', nature: '民营企业', industry: '装配式建筑', cat: 'construction', specialty: '装配式建筑预制构件生产', trade: '钢筋工', gender: '男' },
  // 上海机场集团工会 (3 of 4)
  { rec: '上海机场集团工会', type: '巾帼', unit: '上海申航地面服务有限公司', nature: '国有企业', industry: '航空运输', cat: 'service', specialty: '旅客值机服务流程创新', trade: '民航客运员', gender: '女' },
  { rec: '上海机场集团工会', type: '工匠', unit: '上海申航机务工程有限公司', nature: '中外合资', industry: '航空维修', cat: 'aviation', specialty: '航空发动机孔探检测', trade: '飞机维修工', gender: '男' },
  { rec: '上海机场集团工会', type: '技师', unit: '上海浦航行李系统维护有限公司', nature: '外资企业', industry: '航空运输', cat: 'aviation', specialty: '机场行李分拣系统维护', trade: '电工', gender: '男' },
  { rec: '上海机场集团工会', type: '职工', unit: '上海申航航空食品有限公司', nature: '外资企业', industry: '航空配餐', cat: 'food', specialty: '航空配餐冷链工艺', trade: '中式烹调师', gender: '女' },
];

/** What is wrong on purpose, by studio (data/README.md lists them with the rule each breaks). */
const DEFECTS = {
  leaderNotCraftsman: '工匠工作室的领衔人不是“上海工匠”（荣誉中只有五一劳动奖章、首席技师）',
  tooFewWomen: '巾帼工作室女职工不足50%（含领衔人9人中3名女性）',
  teamOfFour: '团队只有4人（领衔人 + 3名成员）',
  foundedTooRecently: '创建时间2020年4月，至通知日期2020年10月22日运营约6个月，不足1年',
  technicianSkillTooLow: '技师工作室的领衔人技能等级为高级工',
  alreadyModelWorkerStudio: '工匠工作室已获“上海市劳模创新工作室”称号',
  orphanMember: '“成员”表中一名成员的工作室名称有错字（“工作室”写成“工做室”），无法关联',
  invalidDate: '创建时间写成“2017年13月”（月份不存在）',
  missingPhone: '必填的领衔人联系方式（联系电话）为空',
};

// ---------------------------------------------------------------------------
// Building one studio
// ---------------------------------------------------------------------------
const SKILLED = ['高级技师', '技师', '高级工', '中级工'];
const CITY_HONOURS = ['上海市五一劳动奖章', '上海市技术能手', '上海市杰出技术能手', '全国技术能手', '上海市劳动模范', '上海市职工优秀创新成果奖'];

function leaderOf(spec) {
  const name = personName(spec.gender);
  const age = spec.type === '工匠' ? int(42, 56) : int(34, 54);
  const nursing = spec.cat === 'nursing';
  const office = spec.cat === 'software' || spec.cat === 'service';
  let skill;
  if (nursing || office) skill = '无';
  else if (spec.type === '工匠') skill = pick(['高级技师', '高级技师', '一级/高级技师']);
  else if (spec.type === '技师') skill = pick(['技师', '高级技师', '技师（二级）']);
  else skill = pick(['高级技师', '技师', '高级工']);
  if (spec.defect === 'technicianSkillTooLow') skill = '高级工';
  const title = nursing ? pick(['中级', '副高级']) : office ? pick(['高级工程师', '工程师']) : pick(['无', '中级', '工程师', '助理工程师', '高级']);
  const education = nursing ? pick(['本科', '大专']) : office ? pick(['硕士', '本科']) : pick(['大专', '本科', '中专', '大专', '高职']);
  const position = pick({
    工匠: ['首席技师', '技术总监', '车间副主任', '技能大师'],
    技师: ['班组长', '技术主管', '设备维修主管', '工段长'],
    职工: ['班组长', '技术骨干', '项目经理', '部门主管'],
    巾帼: nursing ? ['护士长', '护理部副主任'] : ['质检班组长', '技术主管', '服务中心主任'],
  }[spec.type]);
  return { name, gender: spec.gender, age, skill, title, education, position, trade: spec.trade, years: age - int(18, 23) };
}

function honoursOf(spec, leader) {
  const year = () => int(2012, 2019);
  const items = [];
  const region = RECOMMENDERS[spec.rec].system;
  if (spec.type === '工匠') {
    if (spec.defect === 'leaderNotCraftsman') items.push(`${year()}年上海市五一劳动奖章`, `${year()}年${region}首席技师`);
    else items.push(`${int(2016, 2019)}年“上海工匠”`, `${year()}年${pick(CITY_HONOURS)}`);
  } else if (spec.type === '职工') {
    items.push(`${year()}年${pick([`${region}首席员工`, `${spec.unit.replace(/^上海|有限公司$/g, '')}首席员工`, '上海市技术能手', `${region}技术带头人`])}`);
    if (chance(0.6)) items.push(`${year()}年${pick(['上海市职工合理化建议优秀个人', `${region}优秀共产党员`, '上海市青年岗位能手'])}`);
  } else if (spec.type === '技师') {
    items.push(`${year()}年${pick(['上海市技术能手', `${region}首席技师`, '上海市职工技能大赛一等奖', `${region}技能大师`])}`);
    if (chance(0.5)) items.push(`${year()}年${pick(['上海市五一劳动奖章', '上海市青年岗位能手'])}`);
  } else {
    items.push(`${year()}年${pick(['上海市三八红旗手', `${region}巾帼建功标兵`, '上海市五一巾帼奖'])}`);
    if (chance(0.6)) items.push(`${year()}年${pick(['上海市优秀护士', '上海市技术能手', `${region}先进工作者`, '上海市青年岗位能手'])}`);
  }
  const unique = [...new Set(items)].sort();
  return (chance(0.5) ? unique.join('；') : unique.join('，')) + (leader.skill.includes('高级技师') && chance(0.3) ? '；享受上海市政府特殊津贴' : '');
}

function studioHonoursOf(spec) {
  const region = RECOMMENDERS[spec.rec].system;
  if (spec.defect === 'alreadyModelWorkerStudio') return `2016年${region}职工创新工作室；2018年上海市劳模创新工作室`;
  const options = [
    `${int(2016, 2019)}年${region}${spec.type === '工匠' ? '职工' : spec.type}创新工作室`,
    `${int(2017, 2019)}年上海市职工优秀技术创新成果${pick(['一等奖', '二等奖', '三等奖'])}`,
    `${int(2016, 2019)}年${region}工人先锋号`,
  ];
  if (spec.type === '工匠') options.push(`${int(2015, 2018)}年上海市${pick(['技师', '职工'])}创新工作室`);
  return chance(0.15) ? '' : sample(options, int(1, 2)).sort().join('；');
}

function foundedOf(spec) {
  if (spec.defect === 'foundedTooRecently') return { text: '2020年4月' };
  if (spec.defect === 'invalidDate') return { text: '2017年13月' };
  const year = spec.type === '工匠' ? int(2012, 2016) : int(2013, 2018);
  const month = int(1, 12);
  if (spec.fullWidthFounded) return { text: toFullWidth(`${year}年${month}月`) };
  switch (int(0, 4)) {
    case 0: return { text: `${year}年${month}月` };
    case 1: return { text: `${year}-${String(month).padStart(2, '0')}` };
    // "2016.1" would be read as a possibly mangled 2016.10; offices do write it, but not in the clean sample.
    case 2: return month === 1 ? { text: `${year}年${month}月` } : { text: `${year}.${month}` };
    case 3: return { date: new Date(Date.UTC(year, month - 1, int(1, 28))), format: 'yyyy/m/d' };
    default: return monthCell(year, month);
  }
}

function toFullWidth(text) {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

const MEMBER_TITLES = {
  skilled: ['高级技师', '技师', '技师', '高级工', '高级工', '中级工', '工程师', '助理工程师'],
  nursing: ['主管护师', '护师', '护师', '护士', '副主任护师'],
  office: ['工程师', '工程师', '助理工程师', '高级工程师', '无'],
};

function membersOf(spec, leader) {
  let count = int(5, 12);
  if (spec.defect === 'teamOfFour') count = 3;
  if (spec.defect === 'tooFewWomen') count = 8;
  if (spec.defect === 'orphanMember') count = Math.max(count, 7);
  const category = CATEGORIES[spec.cat];
  let women;
  if (spec.type === '巾帼') women = spec.defect === 'tooFewWomen' ? 2 : Math.ceil((count + 1) / 2) - 1 + int(1, Math.max(1, Math.floor(count / 3)));
  else if (spec.cat === 'nursing' || spec.cat === 'service' || spec.cat === 'food') women = int(Math.floor(count / 3), count - 1);
  else women = int(0, Math.floor(count / 3));
  women = Math.min(count, women);
  const genders = Array.from({ length: count }, (_, index) => (index < women ? '女' : '男'));
  // Shuffle so the women are not all listed first.
  for (let index = genders.length - 1; index > 0; index -= 1) {
    const other = int(0, index);
    [genders[index], genders[other]] = [genders[other], genders[index]];
  }
  const titles = spec.cat === 'nursing' ? MEMBER_TITLES.nursing : spec.cat === 'software' || spec.cat === 'service' ? MEMBER_TITLES.office : MEMBER_TITLES.skilled;
  return genders.map((gender) => {
    const age = int(23, 57);
    const title = pick(titles);
    const education = title.includes('工程师') ? pick(['本科', '本科', '硕士', '大专']) : spec.cat === 'nursing' ? pick(['本科', '大专']) : pick(['中专', '大专', '大专', '高中', '本科', '技校']);
    return {
      name: personName(gender),
      gender,
      age,
      education,
      titleOrSkill: title,
      trade: spec.cat === 'nursing' ? '护士' : chance(0.45) ? leader.trade : pick(category.memberTrades),
      years: Math.max(1, age - int(18, 23)),
    };
  });
}

// ---------------------------------------------------------------------------
// 工作室介绍: about 800 字, assembled from varied sentences with the studio's own facts
// ---------------------------------------------------------------------------
const MOTTOS = ['一人学会、人人都会', '把问题当课题、把课题变成果', '干中学、学中创', '小改小革见真章', '精益求精、追求卓越', '技能在传承中提升'];
const AWARDS = ['上海市职工优秀技术创新成果奖', '区职工技术创新成果一等奖', '上海市职工合理化建议优秀项目', '全国机械冶金建材行业职工技术创新成果奖', '上海市优秀发明选拔赛金奖', '集团QC成果发布一等奖'];
const CONTESTS = ['上海市职工职业技能竞赛', '区职工技能比武', '全国行业职业技能竞赛', '集团青年技能大赛'];
const DOCS = ['图文并茂的操作手册', '岗位绝技绝活汇编', '典型故障案例集', '标准化作业指导书'];

function introOf(studio, spec, leader, members, foundedYear) {
  const category = CATEGORIES[spec.cat];
  const team = members.length + 1;
  const seniors = members.filter((member) => /高级技师|高级工程师|副主任护师/.test(member.titleOrSkill)).length;
  const technicians = members.filter((member) => member.titleOrSkill === '技师' || member.titleOrSkill === '主管护师').length;
  const averageAge = Math.round((members.reduce((sum, member) => sum + member.age, 0) + leader.age) / team);
  const dept = pick(category.depts);
  const [problemA, problemB, problemC] = sample(category.problems, 3);
  const [methodA, methodB, methodC] = sample(category.methods, 3);
  const [equipA, equipB] = sample(category.equipment, 2);
  const product = pick(category.products);
  const year1 = int(Math.max(foundedYear, 2016), 2018);
  const year2 = int(year1 + 1, 2020);
  const metric = () =>
    pick([
      `产品一次合格率由${int(88, 94)}%提高到${int(96, 99)}%`,
      `单件作业时间缩短${int(18, 45)}%`,
      `故障平均处理时间由${int(3, 6)}小时缩短到${int(40, 90)}分钟`,
      `每年节约成本约${int(20, 160)}万元`,
      `返工率下降${int(30, 70)}%`,
    ]);
  const opening = pick([
    `${studio.name}成立于${foundedYear}年，依托${spec.unit}${dept}组建，由${leader.position}${leader.name}领衔。`,
    `${foundedYear}年，${spec.unit}在${dept}的基础上组建了${studio.name}，${leader.position}${leader.name}担任领衔人。`,
    `${studio.name}由${leader.name}于${foundedYear}年牵头创建，是${spec.unit}${dept}开展技术创新和技能传承的平台。`,
  ]);
  const teamSentence = pick([
    `工作室现有成员${team}人，其中${seniors ? `高级职称或高级技师${seniors}人、` : ''}${technicians ? `技师或中级职称${technicians}人、` : ''}平均年龄${averageAge}岁，形成了老中青结合、理论与实操互补的创新团队。`,
    `团队共有${team}名成员，平均年龄${averageAge}岁，成员来自生产、工艺、质量和设备等不同岗位，打破了班组和部门之间的界限。`,
  ]);
  const focus = `工作室以${spec.specialty}为主攻方向，重点解决${problemA}、${problemB}等一线生产中的难点问题。`;
  const site = pick([
    `工作室有约${int(60, 220)}平方米的固定活动场所，配备${equipA}、${equipB}等设备，建立了例会、课题立项、成果评审和师带徒等制度，每年安排专项活动经费。`,
    `单位为工作室提供了${int(60, 220)}平方米的活动场地和${equipA}、${equipB}等设施，工作室制定了年度计划，实行课题负责制，做到有场所、有经费、有制度。`,
  ]);
  const projects = [
    `${year1}年，针对${problemA}的难题，团队${methodA}，使${metric()}，该成果获${pick(AWARDS)}。`,
    `在${product}的生产保障中，成员们发现${problemB}影响交付进度，经过${int(3, 10)}个月的反复试验，${methodB}，${metric()}。`,
    `围绕${problemC}，工作室${methodC}，相关做法已在${pick(['全公司', '集团内多家单位', '本系统', '同行业兄弟单位'])}推广应用，${metric()}。`,
    `${year2}年，工作室承担的“${spec.specialty}提质增效”课题通过验收，形成先进操作法${int(1, 4)}项，编写培训教材${int(1, 3)}本。`,
  ];
  const tally = `近三年来，工作室累计完成技术攻关项目${int(8, 30)}项，提出合理化建议${int(40, 200)}条，获授权发明专利${studio.inventionPatents}项、实用新型专利${studio.utilityPatents}项，创造经济效益约${int(150, 1800)}万元。`;
  const talent = [
    `工作室把技能传承作为重要任务，坚持“${pick(MOTTOS)}”，通过师带徒、岗位练兵和技能比武培养青年骨干。`,
    `近三年共开展技能培训${int(12, 60)}场、培训职工${int(300, 2000)}人次，${int(2, 8)}名成员晋升技师或高级技师，${int(1, 6)}人在${pick(CONTESTS)}中获奖。`,
    `领衔人${leader.name}坚持每周深入现场解决实际问题，把多年积累的经验整理成${pick(DOCS)}，供班组学习使用。`,
  ];
  const outlook = pick([
    `下一步，工作室将围绕${pick(category.future)}，进一步完善创新机制，带动更多一线职工参与技术创新，为企业高质量发展贡献力量。`,
    `今后，工作室将继续发挥示范引领作用，重点在${pick(category.future)}方面开展攻关，力争每年形成${int(2, 5)}项以上可推广的创新成果。`,
  ]);
  const extras = [
    `工作室还与${pick(['高校', '设备厂商', '上下游企业', '兄弟单位'])}建立了合作关系，定期开展技术交流，把外部的新技术、新工艺及时引入生产现场。`,
    `工作室建立了创新成果登记和奖励办法，把成员的创新贡献与岗位晋升、评先评优挂钩，调动了职工参与创新的积极性。`,
    `在疫情防控期间，工作室成员主动请缨，${pick(['连续奋战保障生产线稳定运行', '利用业余时间改进防护设施', '协助复工复产开展设备检修'])}，展现了技术骨干的担当。`,
    `工作室注重把创新成果转化为标准，参与修订企业内部作业标准${int(2, 9)}项，使好的做法固化为全体员工的日常操作。`,
  ];

  const chosenProjects = sample(projects, 3);
  const paragraphs = [
    [opening, teamSentence, focus, site],
    // Keep the chosen projects in template order, so the years read forward.
    projects.filter((sentence) => chosenProjects.includes(sentence)).concat(tally),
    sample(talent, 2),
    [outlook],
  ];
  return padParagraphs(paragraphs, { into: 2, spare: sample(extras, extras.length), minWords: 760 });
}

function phoneOf() {
  return chance(0.8) ? mobileNumber(rng, ['39', '38', '37', '35', '58', '86', '89', '33']) : `021-${int(5, 6)}${String(int(0, 9999999)).padStart(7, '0')}`;
}

function fundingOf() {
  return pick([`${int(3, 20)}万元`, String(int(3, 20) * 10000), `${int(3, 15)}.5万`, `${int(5, 12)}万元`]);
}

function studioName(spec, leader) {
  return `${leader.name}${spec.type}创新工作室`;
}

function buildSample() {
  const studios = [];
  const members = [];
  SPECS.forEach((spec, index) => {
    const leader = leaderOf(spec);
    const recommender = RECOMMENDERS[spec.rec];
    const founded = foundedOf(spec);
    const foundedYear = founded.date ? founded.date.getUTCFullYear() : Number(founded.text.normalize('NFKC').slice(0, 4));
    const studio = {
      number: index + 1,
      name: studioName(spec, leader),
      specialty: spec.specialty,
      type: spec.type,
      recommender: spec.rec,
      unit: spec.unit,
      system: recommender.system,
      nature: spec.nature,
      industry: spec.industry,
      address: `上海市${recommender.district}${pick(recommender.roads)}${int(8, 2999)}号`,
      postcode: pick(recommender.postcodes),
      founded,
      inventionPatents: int(0, 4),
      utilityPatents: int(1, 14),
      designPatents: chance(0.2) ? int(1, 2) : 0,
      projects: spec.fullWidthProjects ? toFullWidth(String(int(2, 5))) : int(1, 5),
      funding: fundingOf(),
      leader,
      phone: spec.defect === 'missingPhone' ? '' : phoneOf(),
      hukouType: pick(['非农业', '非农业', '非农业', '城镇', '农业']),
      hukouPlace: pick(['本市', '本市', '本市', '上海', '外省市']),
      honours: '',
      studioHonours: studioHonoursOf(spec),
      intro: '',
      defect: spec.defect,
    };
    studio.honours = honoursOf(spec, leader);
    const team = membersOf(spec, leader);
    studio.intro = introOf(studio, spec, leader, team, foundedYear);
    team.forEach((member, memberIndex) => {
      const orphan = spec.defect === 'orphanMember' && memberIndex === team.length - 2;
      members.push({ ...member, studio: orphan ? studio.name.replace('工作室', '工做室') : studio.name });
    });
    studios.push(studio);
  });
  // One member's age typed with full-width digits, as Chinese input methods produce.
  const fullWidthMember = members[17];
  if (fullWidthMember) fullWidthMember.age = toFullWidth(String(fullWidthMember.age));
  return { studios, members };
}

// ---------------------------------------------------------------------------
// Sheets: one row definition (shanghai-2020-columns.mjs) feeds the workbook and the CSV, so both hold the same data
// ---------------------------------------------------------------------------
/** The CSV holds what Excel shows for each cell, under the same header labels. */
function csvRowsOf(columns, records) {
  return [columns.map(([label]) => label), ...records.map((record, index) => columns.map(([, , get]) => cellOf(get(record, index)).csv))];
}

/** Excel's CSV: quotes only where needed, CRLF between records, LF kept inside quoted cells. */
function toCsv(rows) {
  const field = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** iconv refuses characters GBK lacks, which is the check we want: the CSV must be real GBK. */
function encodeGbk(text) {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: Buffer.from(text, 'utf8') });
}

function checkSample({ studios, members }) {
  const byRecommender = new Map();
  for (const studio of studios) {
    const group = byRecommender.get(studio.recommender) ?? { total: 0, nonPublic: 0 };
    group.total += 1;
    if (/民营|私营|外资|外商|合资/.test(studio.nature)) group.nonPublic += 1;
    byRecommender.set(studio.recommender, group);
  }
  const below = [...byRecommender].filter(([, { total, nonPublic }]) => nonPublic / total < 0.5).map(([name]) => name);
  if (below.join() !== '徐汇区总工会') throw new Error(`非公企业占比低于50%的推荐单位应只有徐汇区总工会，实际：${below.join('、')}`);
  for (const studio of studios) {
    const words = countWords(studio.intro);
    if (words < 700 || words > 950) throw new Error(`${studio.name} 的介绍 ${words} 字，不在 700–950 之间`);
    const team = members.filter((member) => member.studio === studio.name).length + 1;
    if (studio.defect !== 'teamOfFour' && team < 6) throw new Error(`${studio.name} 团队只有 ${team} 人`);
  }
  if (studios.length < 44 || byRecommender.size < 8) throw new Error('样例数据太少');
}

async function main() {
  const sample = buildSample();
  checkSample(sample);
  const workbook = createWorkbook({ creator: '示例区局工会', modifiedBy: '示例区局工会', date: NOTICE_DATE });
  const layout = { titleHeight: 28, headerHeight: 30, headerFill: true };
  addTitledSheet(workbook, { name: '工作室', title: TITLE, columns: STUDIO_COLUMNS, records: sample.studios, ...layout });
  addTitledSheet(workbook, { name: '成员', title: `${TITLE}（团队成员）`, columns: MEMBER_COLUMNS, records: sample.members, ...layout });
  await writeWorkbook(workbook, OUT_DIR);
  writeFileSync(join(OUT_DIR, 'studios.gbk.csv'), encodeGbk(toCsv(csvRowsOf(STUDIO_COLUMNS, sample.studios))));
  writeFileSync(join(OUT_DIR, 'members.gbk.csv'), encodeGbk(toCsv(csvRowsOf(MEMBER_COLUMNS, sample.members))));
  process.stderr.write(`${sample.studios.length} 个工作室、${sample.members.length} 名成员 → ${OUT_DIR}\n`);
  for (const studio of sample.studios.filter((s) => s.defect)) {
    process.stderr.write(`  ${studio.number}. ${studio.name}（${studio.recommender}）：${DEFECTS[studio.defect]}\n`);
  }
}

await main();
