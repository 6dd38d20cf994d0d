/**
 * The field catalogue: every column an applications workbook may carry, with the
 * header aliases offices actually use, the kind of value, and (for enumerations)
 * the allowed values with the spellings people type for them.
 *
 * Importers map headers to these keys, the import template is generated from them,
 * and messages name fields by their label. Campaigns pick which fields they use and
 * which are required (see src/campaigns/schema.ts); they never invent new keys.
 */

export type FieldKind =
  | 'text' // short text, one line
  | 'longText' // narrative text; line breaks kept; length counted as GUIDE.md §4
  | 'integer' // non-negative whole number (counts, years, ages)
  | 'decimal' // non-negative number (areas)
  | 'amount' // money; input in 元 or 万元, stored in 元
  | 'date' // a day or a month: stored as YYYY-MM-DD or YYYY-MM
  | 'boolean' // checkbox marks ☑ √ 是 Y 1 / ☐ × 否 N 0
  | 'enum' // one of `options`
  | 'multiEnum' // several of `options`, stored joined with 、 in option order
  | 'phone' // kept as a string, digits and - only
  | 'postcode'; // six digits, kept as a string

export interface EnumOption {
  readonly value: string;
  /** Other spellings that mean this value (compared after NFKC + whitespace removal). */
  readonly aliases?: readonly string[];
}

export interface FieldDef {
  readonly key: string;
  /** Header in the import template and label in messages. */
  readonly label: string;
  /** Other headers meaning the same column (compared after header normalisation). */
  readonly aliases: readonly string[];
  readonly kind: FieldKind;
  readonly options?: readonly EnumOption[];
  /** Example value for the template's example row. */
  readonly example: string;
  /** One-line instruction for the template's 填写说明 sheet. */
  readonly hint?: string;
}

export type RecordLevel = 'studio' | 'member';

const GENDER: readonly EnumOption[] = [
  { value: '男', aliases: ['男性', 'M', 'Male'] },
  { value: '女', aliases: ['女性', 'F', 'Female'] },
];

const EDUCATION: readonly EnumOption[] = [
  { value: '博士', aliases: ['博士研究生', '博士学位', '博士后'] },
  { value: '硕士', aliases: ['硕士研究生', '研究生', '硕士学位', 'MBA', '工程硕士'] },
  { value: '本科', aliases: ['大学本科', '大学', '学士', '本科学历'] },
  { value: '大专', aliases: ['大学专科', '专科', '高职', '高职高专'] },
  { value: '中专', aliases: ['中专/技校', '技校', '职高', '中技', '中等专科', '中职'] },
  { value: '高中', aliases: ['普通高中', '高中学历'] },
  { value: '初中及以下', aliases: ['初中', '小学', '初中以下'] },
];

const SKILL_LEVEL: readonly EnumOption[] = [
  { value: '高级技师', aliases: ['一级', '一级/高级技师', '国家职业资格一级', '高级技师（一级）'] },
  { value: '技师', aliases: ['二级', '二级/技师', '国家职业资格二级', '技师（二级）'] },
  { value: '高级工', aliases: ['三级', '三级/高级工', '国家职业资格三级', '高级工（三级）', '高级技工'] },
  { value: '中级工', aliases: ['四级', '四级/中级工', '国家职业资格四级', '中级工（四级）'] },
  { value: '初级工', aliases: ['五级', '五级/初级工', '国家职业资格五级', '初级工（五级）'] },
  { value: '无', aliases: ['没有', '暂无', '-', '/'] },
];

/** Professional-title levels and the title names that belong to each (for forms that tick 高级/中级/初级). */
export const TITLE_LEVEL: readonly EnumOption[] = [
  { value: '高级', aliases: ['正高级', '副高级', '高级职称', '正高', '副高', '高级工程师', '教授级高级工程师', '高工'] },
  { value: '中级', aliases: ['中级职称', '工程师', '经济师', '会计师'] },
  { value: '初级', aliases: ['初级职称', '助理工程师', '技术员', '助理经济师'] },
  { value: '无', aliases: ['没有', '暂无', '-', '/'] },
];

const HUKOU_TYPE: readonly EnumOption[] = [
  { value: '非农业', aliases: ['非农', '城镇', '非农业户口', '城镇户口'] },
  { value: '农业', aliases: ['农业户口', '农村'] },
];

const HUKOU_PLACE: readonly EnumOption[] = [
  { value: '本市', aliases: ['上海', '上海市', '本地'] },
  { value: '外省市', aliases: ['外省', '外地', '外省市户籍'] },
];

const UNIT_NATURE: readonly EnumOption[] = [
  { value: '国有企业', aliases: ['国企', '国有', '国有控股', '国有控股企业', '央企', '中央企业', '市属国企'] },
  { value: '集体企业', aliases: ['集体'] },
  { value: '民营企业', aliases: ['民企', '私营企业', '私营', '民营', '非公企业', '非公有制企业', '股份制民营企业'] },
  { value: '外资企业', aliases: ['外资', '外商独资', '外商投资企业', '中外合资', '合资企业', '港澳台资企业', '台资企业'] },
  { value: '事业单位', aliases: ['事业'] },
  { value: '机关', aliases: ['国家机关', '党政机关'] },
  { value: '社会组织', aliases: ['社团', '民办非企业'] },
  { value: '其他', aliases: [] },
];

const POLITICAL_STATUS: readonly EnumOption[] = [
  { value: '中共党员', aliases: ['党员', '共产党员', '中国共产党党员'] },
  { value: '中共预备党员', aliases: ['预备党员'] },
  { value: '共青团员', aliases: ['团员', '青年团员'] },
  { value: '民主党派', aliases: ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟'] },
  { value: '无党派人士', aliases: ['无党派'] },
  { value: '群众', aliases: ['普通群众'] },
];

const INNOVATION_FIELDS: readonly EnumOption[] = [
  { value: '技术创新' }, { value: '管理创新' }, { value: '营销模式创新', aliases: ['营销创新'] }, { value: '品牌战略创新', aliases: ['品牌创新'] }, { value: '其他' },
];
const RESULT_FIELDS: readonly EnumOption[] = [
  { value: '科技创新成果', aliases: ['科技创新', '科技成果'] }, { value: '文化创新成果', aliases: ['文化创新', '文化成果'] }, { value: '其他' },
];
const PUBLICITY_MATERIALS: readonly EnumOption[] = [
  { value: '宣传视频', aliases: ['视频'] }, { value: '获奖材料', aliases: ['获奖证书', '获奖证'] }, { value: '其他' },
];

/** Narrative blocks of 申报表 and chapters of 申报材料 outlines; the record keeps them in Studio.narratives. */
export const NARRATIVE_FIELD_KEYS = [
  'resultsText', 'talentText', 'benefitsText', 'thisYearWork', 'nextYearPlan',
  'materialBackground', 'materialTeam', 'materialConditions', 'materialSystems', 'materialOperations', 'materialTasks',
  'materialCollaboration', 'materialResults', 'materialTraining', 'materialBenefits', 'materialExchange',
  'materialDemonstration', 'materialHonours',
] as const;

/** Unit natures that count as 非公企业 for the Shanghai ≥50% rule. */
export const NON_PUBLIC_UNIT_NATURES: readonly string[] = ['民营企业', '外资企业'];

export const STUDIO_FIELDS: readonly FieldDef[] = [
  { key: 'studioId', label: '工作室编号', aliases: ['编号', '序号', 'ID', '工作室ID', '申报编号'], kind: 'text', example: 'SH2020-001', hint: '可选；填写后成员表可用编号关联工作室。' },
  { key: 'studioName', label: '工作室名称', aliases: ['名称', '创新工作室名称', '工作室全称'], kind: 'text', example: '张建国工匠创新工作室' },
  { key: 'specialty', label: '工作室技术专长', aliases: ['技术专长', '专长', '工作室专长', '专业领域'], kind: 'text', example: '精密数控加工' },
  { key: 'studioType', label: '申报类型', aliases: ['工作室类型', '类型', '申报类别', '类别'], kind: 'text', example: '工匠', hint: '从下拉列表选择，如：工匠、技师、职工、巾帼。' },
  { key: 'unit', label: '申报单位', aliases: ['单位', '单位名称', '所在单位', '工作单位', '创新工作室所属单位名称', '所属单位'], kind: 'text', example: '上海某某机械有限公司' },
  { key: 'recommender', label: '推荐单位', aliases: ['区局（产业）工会', '区局(产业)工会', '区局产业工会', '推荐工会', '所属区局', '所在区', '区', '区县', '推荐区局'], kind: 'text', example: '浦东新区总工会', hint: '负责推荐的区局（产业）工会，汇总表按此分组。' },
  { key: 'system', label: '所属系统', aliases: ['系统', '所属行业系统'], kind: 'text', example: '浦东新区' },
  { key: 'unitNature', label: '单位性质', aliases: ['企业性质', '所有制性质', '单位类型'], kind: 'enum', options: UNIT_NATURE, example: '民营企业' },
  { key: 'industry', label: '所属行业', aliases: ['行业'], kind: 'text', example: '装备制造' },
  { key: 'unitAddress', label: '单位地址', aliases: ['地址', '通讯地址'], kind: 'text', example: '上海市浦东新区某某路100号' },
  { key: 'postcode', label: '邮政编码', aliases: ['邮编'], kind: 'postcode', example: '200120' },
  { key: 'foundedDate', label: '创建时间', aliases: ['成立时间', '创建日期', '成立日期', '工作室创建时间', '运营起始时间'], kind: 'date', example: '2016年3月' },
  { key: 'inventionPatents', label: '发明专利（项）', aliases: ['发明专利', '发明专利数'], kind: 'integer', example: '2' },
  { key: 'utilityPatents', label: '实用新型专利（项）', aliases: ['实用新型', '实用新型专利', '实用新型专利数'], kind: 'integer', example: '5' },
  { key: 'designPatents', label: '外观设计专利（项）', aliases: ['外观设计', '外观设计专利', '外观设计专利数'], kind: 'integer', example: '0' },
  { key: 'projectsThisYear', label: '本年度攻关项目数', aliases: ['攻关项目数', '本年度攻关项目', '攻关项目（项）', '创新课题数'], kind: 'integer', example: '2' },
  { key: 'siteArea', label: '活动场所面积（㎡）', aliases: ['场所面积', '工作场地面积', '面积', '工作室面积'], kind: 'decimal', example: '80' },
  { key: 'annualFunding', label: '年度专项经费（元）', aliases: ['专项经费', '活动经费', '年均专项经费', '专项活动经费'], kind: 'amount', example: '5万元', hint: '可写“5万元”“50000”“5.5万”。' },
  { key: 'equipmentCount', label: '仪器设备（台/套）', aliases: ['仪器设备', '设备数量', '设备（台/套）'], kind: 'integer', example: '25' },
  { key: 'equipmentList', label: '工作室设备清单', aliases: ['设备清单', '工作室设备清单（可附页）'], kind: 'longText', example: '数控车床2台；三坐标测量仪1台' },
  { key: 'bookCount', label: '专业技术书籍资料（册）', aliases: ['专业技术书籍资料', '书籍资料', '技术资料（册）'], kind: 'integer', example: '300' },
  { key: 'trainingPerYear', label: '年均技能培训（人次）', aliases: ['年均技能培训', '技能培训人次', '年均培训（人次）'], kind: 'integer', example: '120' },
  { key: 'projectsTotal', label: '创新课题或攻关项目累计（项）', aliases: ['创新课题或攻关项目累计', '攻关项目累计', '创新课题累计'], kind: 'integer', example: '12' },
  { key: 'achievementsTotal', label: '创新成果数累计（项）', aliases: ['创新成果数累计', '创新成果（项）', '创新成果', '创新成果累计'], kind: 'integer', example: '8' },
  { key: 'achievementsApplied', label: '成果转化（项）', aliases: ['成果转化', '成果转化数'], kind: 'integer', example: '5' },
  { key: 'recognizedResultsThisYear', label: '本年度获认可创新成果（项）', aliases: ['本年度获认可成果', '获认可创新成果', '本年度创新成果'], kind: 'integer', example: '1' },
  { key: 'economicBenefit', label: '节创经济效益累计（万元）', aliases: ['节创经济效益累计', '经济效益累计', '创新成果转化应用节创经济效益累计（万元）', '节创经济效益'], kind: 'amount', example: '350万元' },
  { key: 'awardsInternational', label: '国际级获奖（项）', aliases: ['国际级'], kind: 'integer', example: '0' },
  { key: 'awardsNational', label: '国家级获奖（项）', aliases: ['国家级'], kind: 'integer', example: '1' },
  { key: 'awardsProvincial', label: '省部级获奖（项）', aliases: ['省部级'], kind: 'integer', example: '2' },
  { key: 'awardsMunicipal', label: '地市级获奖（项）', aliases: ['地市级', '市级获奖'], kind: 'integer', example: '3' },
  { key: 'awardDetails', label: '获奖明细', aliases: ['获奖明细情况', '获奖情况'], kind: 'longText', example: '2019年全国职工优秀技术创新成果三等奖' },
  { key: 'namedDate', label: '命名日期', aliases: ['命名时间', '获命名时间', '授牌时间'], kind: 'date', example: '2016年12月', hint: '已命名工作室的命名日期，用于三年管理周期。' },
  { key: 'fundedProject', label: '获资助的创新项目', aliases: ['职工（技师）创新项目', '获资助的职工（技师）创新项目', '创新项目资助情况', '资助项目'], kind: 'text', example: '2015年度上海职工（技师）创新项目“……”' },
  { key: 'recommendRank', label: '推荐排序', aliases: ['排序', '申报排序', '推荐顺序'], kind: 'integer', example: '1', hint: '同一推荐单位申报多个工作室时必须排序：1、2、3…' },
  { key: 'recommenderContact', label: '推荐单位联系人及联系方式', aliases: ['联系人及联系方式', '推荐单位联系人'], kind: 'text', example: '刘某 81389319' },
  { key: 'fundingTotal', label: '经费合计（万元）', aliases: ['经费合计', '工作室经费合计', '经费构成合计'], kind: 'amount', example: '20万元' },
  { key: 'fundingUnit', label: '本单位支持（万元）', aliases: ['本单位支持', '单位支持'], kind: 'amount', example: '15万元' },
  { key: 'fundingExternal', label: '外部资金（万元）', aliases: ['外部资金'], kind: 'amount', example: '3万元' },
  { key: 'fundingSelf', label: '自筹资金（万元）', aliases: ['自筹资金', '自筹'], kind: 'amount', example: '2万元' },
  { key: 'fundingOther', label: '其他资金（万元）', aliases: ['其他资金', '其他经费'], kind: 'amount', example: '0' },
  { key: 'fundingOtherNote', label: '其他资金说明', aliases: ['其他资金来源'], kind: 'text', example: '' },
  { key: 'fundingSources', label: '经费主要来源', aliases: ['经费来源'], kind: 'longText', example: '本单位15万元；区总工会5万元', hint: '投入单位两个以上时分别注明投入经费额。' },
  { key: 'innovationFields', label: '创新工作领域', aliases: ['工作领域'], kind: 'multiEnum', options: INNOVATION_FIELDS, example: '技术创新、管理创新', hint: '可多选，用顿号分隔。' },
  { key: 'resultFields', label: '创新成果领域', aliases: ['成果领域'], kind: 'multiEnum', options: RESULT_FIELDS, example: '科技创新成果', hint: '可多选，用顿号分隔。' },
  { key: 'publicityMaterials', label: '宣传材料和获奖证明', aliases: ['是否有宣传材料和获奖证', '宣传材料'], kind: 'multiEnum', options: PUBLICITY_MATERIALS, example: '宣传视频、获奖材料' },
  { key: 'previouslyNamedDistrict', label: '是否曾被评为区级职工创新工作室', aliases: ['曾被评为区级职工创新工作室', '是否曾被评为区级'], kind: 'boolean', example: '否' },
  { key: 'previousNaming', label: '命名单位及命名日期', aliases: ['曾被命名情况', '命名情况'], kind: 'text', example: '无', hint: '曾被县区工会或本系统命名过的写明单位和日期，没有则填“无”。' },
  { key: 'recentFunding', label: '近三年经费投入（万元）', aliases: ['近三年经费投入', '经费投入'], kind: 'amount', example: '45万元' },
  { key: 'recentInnovations', label: '近三年技术创新（项）', aliases: ['近三年技术创新', '技术创新（项）'], kind: 'integer', example: '9' },
  { key: 'recentEconomicBenefit', label: '近三年经济效益（万元）', aliases: ['近三年经济效益', '经济效益（万元）'], kind: 'amount', example: '260万元' },
  { key: 'recentTalents', label: '近三年培养人才（人）', aliases: ['近三年培养人才', '培养人才（人）'], kind: 'integer', example: '15' },
  { key: 'talentDetails', label: '培养人才明细', aliases: ['培养人才名单', '人才培养明细'], kind: 'longText', example: '李明，2019年晋升高级技师；王强，2020年获南昌市技术能手' },
  { key: 'recentSocialBenefit', label: '近三年社会效益', aliases: ['社会效益'], kind: 'longText', example: '……' },
  { key: 'resultsText', label: '创新成果及转化情况', aliases: ['创新成果及转化情况（获得专利权）', '成果转化情况'], kind: 'longText', example: '……' },
  { key: 'talentText', label: '人才培养情况', aliases: [], kind: 'longText', example: '……' },
  { key: 'benefitsText', label: '创新的经济效益和社会效益', aliases: ['经济效益和社会效益', '经济和社会效益'], kind: 'longText', example: '……' },
  { key: 'thisYearWork', label: '本年工作内容', aliases: ['本年度工作内容'], kind: 'longText', example: '……' },
  { key: 'nextYearPlan', label: '明年工作计划', aliases: ['明年工计划作', '下一年工作计划', '明年计划'], kind: 'longText', example: '……' },
  { key: 'materialBackground', label: '材料：基本情况', aliases: ['基本情况', '工作室概况', '建立背景及意义'], kind: 'longText', example: '……', hint: '申报材料（参考提纲）对应章节的正文。' },
  { key: 'materialTeam', label: '材料：创新团队', aliases: ['创新团队', '团队情况'], kind: 'longText', example: '……' },
  { key: 'materialConditions', label: '材料：创新条件', aliases: ['创新条件', '场地设备资金情况'], kind: 'longText', example: '……' },
  { key: 'materialSystems', label: '材料：制度建设', aliases: ['制度建立情况', '制度建设'], kind: 'longText', example: '……' },
  { key: 'materialOperations', label: '材料：日常运作', aliases: ['日常运作情况', '日常运行'], kind: 'longText', example: '……' },
  { key: 'materialTasks', label: '材料：承担任务', aliases: ['承担任务'], kind: 'longText', example: '……' },
  { key: 'materialCollaboration', label: '材料：分工协作', aliases: ['分工协作情况'], kind: 'longText', example: '……' },
  { key: 'materialResults', label: '材料：创新成果', aliases: ['创新成果情况', '创新业绩'], kind: 'longText', example: '……' },
  { key: 'materialTraining', label: '材料：人才培养', aliases: ['技能人才培养情况', '人才培养'], kind: 'longText', example: '……' },
  { key: 'materialBenefits', label: '材料：取得效益', aliases: ['取得效益情况'], kind: 'longText', example: '……' },
  { key: 'materialExchange', label: '材料：技术交流协作', aliases: ['开展技术交流协作情况', '技术交流协作'], kind: 'longText', example: '……' },
  { key: 'materialDemonstration', label: '材料：示范效应', aliases: ['示范效应'], kind: 'longText', example: '……' },
  { key: 'materialHonours', label: '材料：荣誉奖励', aliases: ['荣誉奖励'], kind: 'longText', example: '……' },
  { key: 'leaderName', label: '领衔人姓名', aliases: ['领衔人', '负责人', '带头人', '负责人姓名', '带头人姓名', '领军人姓名', '领军人'], kind: 'text', example: '张建国' },
  { key: 'leaderPosition', label: '领衔人职务', aliases: ['职务', '领衔人职位'], kind: 'text', example: '数控车间主任' },
  { key: 'leaderPhone', label: '联系方式', aliases: ['领衔人联系方式', '联系电话', '手机', '手机号码', '领衔人电话', '电话', '领军人手机'], kind: 'phone', example: '13800138000', hint: '按文本填写，保留开头的0。' },
  { key: 'leaderGender', label: '领衔人性别', aliases: ['性别', '领军人性别'], kind: 'enum', options: GENDER, example: '男' },
  { key: 'leaderAge', label: '领衔人年龄', aliases: ['年龄'], kind: 'integer', example: '48' },
  { key: 'leaderBirthDate', label: '领衔人出生年月', aliases: ['出生年月', '出生日期', '领军人出生年月'], kind: 'date', example: '1972年5月', hint: '填写出生年月时可不填年龄，年龄按通知日期计算。' },
  { key: 'leaderNativePlace', label: '领衔人籍贯', aliases: ['籍贯'], kind: 'text', example: '四川乐山' },
  { key: 'leaderEthnicity', label: '领衔人民族', aliases: ['民族'], kind: 'text', example: '汉族' },
  { key: 'leaderPoliticalStatus', label: '领衔人政治面貌', aliases: ['政治面貌'], kind: 'enum', options: POLITICAL_STATUS, example: '中共党员' },
  { key: 'leaderEmail', label: '领衔人电子邮件', aliases: ['电子邮件', '电子邮箱', '邮箱', 'Email', 'E-mail', '领军人电子邮件'], kind: 'text', example: 'zhang@example.com' },
  { key: 'leaderOfficePhone', label: '领衔人办公电话', aliases: ['办公电话', '固定电话', '座机', '领军人电话'], kind: 'phone', example: '0833-2133419' },
  { key: 'leaderIsModelWorker', label: '是否荣获劳模或工匠称号', aliases: ['是否荣获过劳模和工匠称号', '是否劳模', '是否荣获劳模工匠称号'], kind: 'boolean', example: '是' },
  { key: 'leaderEducation', label: '领衔人学历', aliases: ['学历', '文化程度', '领军人学历'], kind: 'enum', options: EDUCATION, example: '本科' },
  { key: 'leaderTrade', label: '领衔人工种', aliases: ['工种', '职业（工种）', '职业工种'], kind: 'text', example: '数控车工' },
  { key: 'leaderYearsWorking', label: '领衔人工作年限', aliases: ['工作年限', '工龄'], kind: 'integer', example: '28' },
  { key: 'leaderSkillLevel', label: '领衔人技能等级', aliases: ['技能等级', '技术等级', '职业资格等级', '领军人技能等级'], kind: 'enum', options: SKILL_LEVEL, example: '高级技师' },
  { key: 'leaderTitle', label: '领衔人职称', aliases: ['职称', '专业技术职称', '专业技术职务', '领军人职称'], kind: 'text', example: '工程师', hint: '照实填写职称名称（如“高级工程师”）；表中“高级/中级/初级”按名称自动勾选。' },
  { key: 'leaderHukouType', label: '领衔人户籍属性', aliases: ['户籍属性', '户口性质', '户籍性质'], kind: 'enum', options: HUKOU_TYPE, example: '非农业' },
  { key: 'leaderHukouPlace', label: '户籍地', aliases: ['领衔人户籍地', '户籍所在地'], kind: 'enum', options: HUKOU_PLACE, example: '本市' },
  { key: 'leaderHonours', label: '领衔人曾获荣誉', aliases: ['领衔人荣誉', '个人荣誉', '曾获荣誉（领衔人）', '领军人曾获荣誉', '何时获何种劳模称号', '何时获何种劳模（工匠）称号', '劳模称号或五一劳动奖章及获得时间'], kind: 'longText', example: '2019年“上海工匠”；2017年上海市五一劳动奖章', hint: '多项荣誉用分号分隔，写明年份和名称（如“上海工匠”“首席员工”）。' },
  { key: 'intro', label: '工作室介绍', aliases: ['工作室简介', '简介', '创新工作室简介及主要先进事迹', '创新工作室简介及主要先进事迹（600字以内）', '工作室介绍（800字左右）', '工作室介绍(800字左右，包括主要技术创新成果)', '主要技术创新成果'], kind: 'longText', example: '工作室成立于2016年，围绕……（800字左右，包括主要技术创新成果）' },
  { key: 'studioHonours', label: '工作室曾获荣誉', aliases: ['工作室荣誉', '集体荣誉', '已获称号'], kind: 'longText', example: '2018年浦东新区职工创新工作室' },
];

export const MEMBER_FIELDS: readonly FieldDef[] = [
  { key: 'studioId', label: '工作室编号', aliases: ['编号', '工作室ID', '申报编号'], kind: 'text', example: 'SH2020-001', hint: '与“工作室”表的编号一致；不填编号时按工作室名称关联。' },
  { key: 'studioName', label: '工作室名称', aliases: ['所属工作室', '名称', '创新工作室名称'], kind: 'text', example: '张建国工匠创新工作室' },
  { key: 'memberName', label: '姓名', aliases: ['成员姓名', '成员', '人员姓名'], kind: 'text', example: '李明' },
  { key: 'gender', label: '性别', aliases: ['成员性别'], kind: 'enum', options: GENDER, example: '男' },
  { key: 'age', label: '年龄', aliases: ['成员年龄'], kind: 'integer', example: '35' },
  { key: 'birthDate', label: '出生年月', aliases: ['出生日期'], kind: 'date', example: '1985年7月' },
  { key: 'education', label: '学历', aliases: ['成员学历', '文化程度'], kind: 'enum', options: EDUCATION, example: '大专' },
  { key: 'title', label: '职称', aliases: ['专业技术职称'], kind: 'text', example: '工程师' },
  { key: 'skillLevel', label: '技能等级', aliases: ['技术等级', '职业资格等级'], kind: 'enum', options: SKILL_LEVEL, example: '技师' },
  { key: 'titleOrSkill', label: '职称（技能等级）', aliases: ['职称(技能等级)', '职称/技能等级', '职称或技能等级'], kind: 'text', example: '技师', hint: '可只填此列，或分别填“职称”“技能等级”两列。' },
  { key: 'trade', label: '工种', aliases: ['职业（工种）', '职业工种'], kind: 'text', example: '数控车工' },
  { key: 'politicalStatus', label: '政治面貌', aliases: ['成员政治面貌'], kind: 'enum', options: POLITICAL_STATUS, example: '群众' },
  { key: 'department', label: '所在部门', aliases: ['部门', '所在车间'], kind: 'text', example: '数控车间' },
  { key: 'role', label: '主要分工', aliases: ['分工', '工作室分工', '承担工作'], kind: 'text', example: '工艺攻关' },
  { key: 'yearsWorking', label: '工作年限', aliases: ['工龄'], kind: 'integer', example: '12' },
];

export function fieldsFor(level: RecordLevel): readonly FieldDef[] {
  return level === 'studio' ? STUDIO_FIELDS : MEMBER_FIELDS;
}

export function fieldDef(level: RecordLevel, key: string): FieldDef {
  const def = fieldsFor(level).find((field) => field.key === key);
  if (!def) throw new Error(`Unknown ${level} field "${key}"`);
  return def;
}

/** Enum values of a field, in catalogue order. */
export function optionValues(def: FieldDef): string[] {
  return (def.options ?? []).map((option) => option.value);
}

/**
 * The level of a professional title as written (高级工程师 → 高级); undefined when unknown.
 *
 * @example titleLevel('高级工程师') // '高级'
 * @example titleLevel('助理工程师') // '初级'
 */
export function titleLevel(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const compact = title.normalize('NFKC').replace(/\s+/g, '');
  for (const option of TITLE_LEVEL) {
    if (option.value === compact || (option.aliases ?? []).includes(compact)) return option.value;
  }
  if (/正高|副高|高级|研究员|教授/.test(compact)) return '高级';
  if (/助理|技术员|员级/.test(compact)) return '初级';
  if (/工程师|经济师|会计师|讲师|主治|主管|中级/.test(compact)) return '中级';
  return undefined;
}
