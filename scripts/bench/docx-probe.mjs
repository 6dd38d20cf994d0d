#!/usr/bin/env node
/**
 * DOCX form timing probe (issue #7): renders the Shanghai 2020 申请表 for N synthetic
 * studios (10 members, an intro of about 800 字) with renderDocxForms, once per
 * thread count, and prints ms per document, the process's CPU ms per document,
 * peak RSS and one SHA-256 over all documents (it must not depend on the thread count).
 *
 * Run: npm run build && node scripts/bench/docx-probe.mjs [--count 1000] [--threads 1,2] [--window 8] [--repeat 2]
 *
 * Studios are made one at a time as the renderer asks for them, so memory shows
 * what the renderer holds, not the input. The load average is printed with the
 * results: timings taken while other work runs on the machine are not comparable.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadCampaign } from '../../dist/campaigns/load.js';
import { renderDocxForms } from '../../dist/io/docx-forms.js';
import { StudioSchema } from '../../dist/model/schema.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    threads: { type: 'string', default: '1,2' },
    window: { type: 'string' },
    repeat: { type: 'string', default: '1' },
  },
});
const count = Number(values.count);
const threadCounts = values.threads.split(',').map(Number);
const window = values.window === undefined ? undefined : Number(values.window);

const bundle = loadCampaign('shanghai-2020');
const form = bundle.campaign.forms.find((candidate) => candidate.id === 'application');

const SURNAMES = '张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '建国海涛晓燕卫东磊丽强俊杰佳怡明华文斌慧敏志刚秀英伟红军';
const TYPES = ['工匠', '技师', '职工', '巾帼'];
const RECOMMENDERS = ['浦东新区总工会', '徐汇区总工会', '闵行区总工会', '上海电气集团工会', '宝武钢铁集团工会'];
const TRADES = ['数控车工', '钳工', '焊工', '电工', '质量检验', '工艺编程', '设备维修'];
const INTRO_SENTENCES = [
  '工作室依托{unit}生产一线建设，围绕{trade}的关键工序开展技术攻关，建有专用活动场所，配备加工中心、检测仪器等设备，年度专项经费{funding}万元。',
  '成立以来，工作室累计完成技术攻关项目{projects}项，其中针对薄壁零件加工变形的攻关项目将产品一次合格率由86%提高到98.5%，单件作业时间缩短三成，每年为企业节约成本约{saving}万元。',
  '工作室共获得国家发明专利{invention}项、实用新型专利{utility}项，总结形成以领衔人{leader}命名的先进操作法{methods}项，在集团内推广应用，并编写培训教材三册。',
  '工作室坚持以师带徒、以赛促学，与职业院校共建实训基地，培养高级技师{seniors}名、技师{technicians}名，指导青年职工在各级技能大赛中获奖，多名成员获评技术能手。',
  '工作室定期举办技能讲堂，累计开展技能培训{trainings}场、受训职工{trainees}余人次，把一线难题变成课题，把课题成果变成标准，把标准转化为全员的操作习惯。',
  '今后，工作室将围绕企业智能制造转型，重点开展数字化加工仿真、刀具寿命在线监测等课题研究，进一步发挥领衔人的示范引领作用，把工作室建成技术创新的攻关平台、技能人才的培养基地和劳模工匠精神的传承阵地，为上海建设具有全球影响力的科技创新中心贡献力量。',
];

function nameOf(n) {
  return `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}${GIVEN[(n * 13 + 3) % GIVEN.length]}`;
}

function studioOf(index) {
  const n = String(index + 1).padStart(5, '0');
  const leader = nameOf(index);
  const unit = `上海第${n}号精密机械有限公司`;
  const trade = TRADES[index % TRADES.length];
  const facts = {
    unit, trade, leader, funding: 10 + (index % 30), projects: 12 + (index % 40), saving: 50 + (index % 300), invention: index % 4, utility: 2 + (index % 6),
    methods: 1 + (index % 5), seniors: 2 + (index % 5), technicians: 5 + (index % 9), trainings: 20 + (index % 80), trainees: 500 + (index % 2000),
  };
  // Each sentence twice (the second time with other numbers) gives about 800 字.
  const sentences = [...INTRO_SENTENCES, ...INTRO_SENTENCES.slice(1, 5)].map((sentence) => sentence.replace(/\{(\w+)\}/g, (_, key) => String(facts[key])));
  const intro = [sentences.slice(0, 3).join(''), sentences.slice(3, 6).join(''), sentences.slice(6).join('')].join('\n');
  return {
    key: `SH2020-${n}`,
    studio: StudioSchema.parse({
      id: `SH2020-${n}`,
      name: `${leader}${TYPES[index % 4]}创新工作室`,
      specialty: `${trade}技术攻关`,
      type: TYPES[index % 4],
      unit,
      recommender: RECOMMENDERS[index % RECOMMENDERS.length],
      system: RECOMMENDERS[index % RECOMMENDERS.length].replace('总工会', '').replace('工会', ''),
      unitNature: index % 3 === 0 ? '国有企业' : '民营企业',
      industry: '装备制造',
      unitAddress: `上海市浦东新区金科路${100 + (index % 900)}号`,
      postcode: '201203',
      foundedDate: `${2010 + (index % 8)}-0${1 + (index % 9)}`,
      patents: { invention: facts.invention, utility: facts.utility, design: 0 },
      projectsThisYear: 1 + (index % 5),
      siteArea: 60 + (index % 100),
      annualFunding: facts.funding * 10000,
      intro,
      honours: '2018年区级职工创新工作室\n2019年上海市职工技术创新成果二等奖',
      leader: {
        name: leader, position: '车间主任', phone: `138${String(index).padStart(8, '0')}`, gender: index % 4 === 3 ? '女' : '男', birthDate: `${1968 + (index % 15)}-05`,
        education: '本科', trade, yearsWorking: 20 + (index % 10), skillLevel: '高级技师', title: '中级', hukouType: '非农业', hukouPlace: '本市',
        honours: '2019年“上海工匠”\n2017年上海市五一劳动奖章',
      },
      members: Array.from({ length: 10 }, (_, member) => ({
        name: nameOf(index * 10 + member + 1), gender: member % 3 === 0 ? '女' : '男', age: 25 + ((index + member * 3) % 30), education: member % 2 === 0 ? '本科' : '大专',
        skillLevel: member % 2 === 0 ? '技师' : '高级工', trade: TRADES[(index + member) % TRADES.length], yearsWorking: 3 + ((index + member) % 25),
      })),
    }),
  };
}

function* studios() {
  for (let index = 0; index < count; index += 1) yield studioOf(index);
}

const rows = [];
for (let round = 1; round <= Number(values.repeat); round += 1) {
  for (const threads of threadCounts) {
    const hash = createHash('sha256');
    let documents = 0;
    let bytes = 0;
    let peakRss = process.memoryUsage().rss;
    const loadBefore = loadavg()[0];
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    for await (const docx of renderDocxForms(studios(), bundle, form, { threads, window })) {
      hash.update(docx);
      documents += 1;
      bytes += docx.length;
      if (documents % 250 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    rows.push({
      round, threads, documents, totalMs: Math.round(ms), msPerDoc: +(ms / documents).toFixed(2), cpuMsPerDoc: +((cpu.user + cpu.system) / 1000 / documents).toFixed(2),
      peakRssMiB: Math.round(peakRss / 2 ** 20), kibPerDoc: +(bytes / documents / 1024).toFixed(1), sha256: hash.digest('hex').slice(0, 16),
      load1: `${loadBefore.toFixed(1)}→${loadavg()[0].toFixed(1)}`,
    });
    console.log(JSON.stringify(rows.at(-1)));
  }
}
console.table(rows);
if (new Set(rows.map((row) => row.sha256)).size !== 1) {
  console.error('documents differ between thread counts');
  process.exitCode = 1;
}
