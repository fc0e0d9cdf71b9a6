// Demo data for proposals: the university congress "六届一次" with an open filing window, 40
// representatives from the demo staff, departments, a committee member, department handlers, and
// a handful of proposals in different states (built with the real rules). Idempotent.
import { COLLECTIONS } from '../../database/collections';
import type { RoleGrant } from '../../domain/account/roles';
import { representativeId, type Person, type ProposalDoc } from '../../domain/proposals/model';
import {
  accept,
  answer,
  cosign,
  decline,
  fileContent,
  invite,
  merge,
  rate,
  type Content,
} from '../../domain/proposals/rules';
import { beijingDay } from '../../domain/time';
import type { Db } from '../../cloudfunctions/_kit';
import { insertProposal } from '../../cloudfunctions/proposals/proposal-repo';

export const DEMO_CONGRESS = 'c6';
export const DEMO_SESSION = 'c6s1';
const DAY = 24 * 60 * 60 * 1000;

export const DEMO_DEPARTMENTS = [
  { _id: 'jwc', name: '教务处' },
  { _id: 'rsc', name: '人事处' },
  { _id: 'hqbzc', name: '后勤保障处' },
  { _id: 'gh', name: '工会' },
  { _id: 'kyc', name: '科研处' },
  { _id: 'cwc', name: '财务处' },
  { _id: 'tsg', name: '图书馆' },
  { _id: 'bwc', name: '保卫处' },
  { _id: 'xxb', name: '信息化办公室' },
];

/** The representatives: demo staff 100004…100043. */
export const DEMO_REPRESENTATIVES = Array.from({ length: 40 }, (_, i) => String(100004 + i));

/** Demo role holders (dev sign-in shows them first): a committee member and three handlers. */
export const DEMO_PROPOSAL_ROLES: { staffNo: string; grant: RoleGrant }[] = [
  { staffNo: '100044', grant: { role: 'committee', congressId: DEMO_CONGRESS } },
  { staffNo: '100045', grant: { role: 'handler', departmentId: 'hqbzc' } },
  { staffNo: '100046', grant: { role: 'handler', departmentId: 'jwc' } },
  { staffNo: '100047', grant: { role: 'handler', departmentId: 'rsc' } },
];

async function exists(db: Db, collection: string, id: string): Promise<boolean> {
  const res = await db.collection(collection).doc(id).get();
  return (res.data as unknown[]).length > 0;
}

async function addIfMissing(
  db: Db,
  collection: string,
  doc: Record<string, unknown> & { _id: string },
): Promise<void> {
  if (!(await exists(db, collection, doc._id))) await db.collection(collection).add(doc);
}

async function staffPeople(
  db: Db,
  nos: string[],
): Promise<Map<string, { name: string; branchId: string; roles: RoleGrant[] }>> {
  const res = await db
    .collection(COLLECTIONS.staff)
    .where({ _id: db.command.in(nos) })
    .limit(1000)
    .get();
  return new Map(
    (res.data as { _id: string; name: string; branchId: string; roles?: RoleGrant[] }[]).map(
      (s) => [s._id, { name: s.name, branchId: s.branchId, roles: s.roles ?? [] }],
    ),
  );
}

export async function seedProposals(db: Db, now: Date): Promise<void> {
  await addIfMissing(db, COLLECTIONS.congresses, {
    _id: DEMO_CONGRESS,
    name: '第六届教职工代表大会',
    active: true,
  });
  await addIfMissing(db, COLLECTIONS.congressSessions, {
    _id: DEMO_SESSION,
    congressId: DEMO_CONGRESS,
    name: '六届一次',
    filingOpensAt: new Date(now.getTime() - 14 * DAY),
    filingClosesAt: new Date(now.getTime() + 60 * DAY),
    answerDays: 30,
  });
  for (const [i, d] of DEMO_DEPARTMENTS.entries())
    await addIfMissing(db, COLLECTIONS.departments, { ...d, order: i + 1 });

  const roleNos = DEMO_PROPOSAL_ROLES.map((r) => r.staffNo);
  const people = await staffPeople(db, [...DEMO_REPRESENTATIVES, ...roleNos]);
  if (people.size === 0) return; // no demo roster: nothing to hang the rest on
  const branches = await db.collection(COLLECTIONS.branches).limit(100).get();
  const branchName = new Map(
    (branches.data as { _id: string; name: string }[]).map((b) => [
      b._id,
      b.name.replace(/分工会$/, ''),
    ]),
  );

  const reps = DEMO_REPRESENTATIVES.filter((no) => people.has(no)).map((no) => {
    const p = people.get(no) as { name: string; branchId: string };
    return {
      _id: representativeId(DEMO_CONGRESS, no),
      congressId: DEMO_CONGRESS,
      staffNo: no,
      name: p.name,
      delegation: `${branchName.get(p.branchId) ?? '其他'}代表团`,
      active: true,
    };
  });
  for (const r of reps) await addIfMissing(db, COLLECTIONS.representatives, r);

  for (const { staffNo, grant } of DEMO_PROPOSAL_ROLES) {
    const p = people.get(staffNo);
    if (!p || p.roles.some((g) => g.role === grant.role)) continue;
    await db
      .collection(COLLECTIONS.staff)
      .doc(staffNo)
      .update({ roles: db.command.set([...p.roles, grant]) });
  }

  if (await exists(db, COLLECTIONS.proposals, `${DEMO_SESSION}-demo-1`)) return;
  const person = (no: string): Person => ({ staffNo: no, name: people.get(no)?.name ?? no });
  const committee = person('100044');
  const handler = (no: string) => person(no);
  const dept = (id: string) => {
    const d = DEMO_DEPARTMENTS.find((x) => x._id === id) as { _id: string; name: string };
    return { id: d._id, name: d.name };
  };
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const filed = (
    n: number,
    proposer: string,
    content: Content,
    cosigners: string[],
    when: number,
  ): ProposalDoc => {
    let doc = fileContent(
      null,
      {
        id: `${DEMO_SESSION}-demo-${n}`,
        sessionId: DEMO_SESSION,
        congressId: DEMO_CONGRESS,
        proposer: person(proposer),
      },
      content,
      at(when),
    );
    if (cosigners.length) doc = invite(doc, person(proposer), cosigners.map(person), at(when));
    for (const c of cosigners) doc = cosign(doc, person(c), at(when - 0.1));
    return doc;
  };

  const canteen = filed(
    1,
    '100004',
    {
      kind: 'proposal',
      title: '关于增设教工食堂晚餐窗口的提案',
      category: '后勤',
      background:
        '目前教工食堂晚餐只开一个窗口，晚上六点以后经常要排队二十分钟以上。加班的老师、值班人员和晚上有课的老师吃饭很不方便，不少老师只能在外面随便买点吃的，影响身体和工作。',
      suggestion:
        '建议后勤保障处在教工食堂增设一个晚餐窗口，晚餐供应时间延长到晚上八点，并提供简餐和打包服务。',
    },
    ['100005', '100006'],
    12,
  );
  const titles = filed(
    2,
    '100007',
    {
      kind: 'proposal',
      title: '关于职称评审中充分认定教学业绩的提案',
      category: '人事',
      background:
        '近年职称评审中，科研成果所占比重较大，长期承担大量本科教学任务、教学效果好的老师在评审中处于不利地位，影响了一线教师投入教学的积极性，老师们反映比较多。',
      suggestion:
        '建议人事处会同教务处修订职称评审办法，设立教学为主型评审通道，把教学获奖、教学改革项目和学生评教结果纳入评审指标。',
    },
    ['100008', '100009'],
    11,
  );
  const canteen2 = filed(
    3,
    '100010',
    {
      kind: 'proposal',
      title: '关于延长教工食堂晚餐供应时间的提案',
      category: '后勤',
      background:
        '教工食堂晚餐六点半就基本没有菜了，晚上加班、上晚课的老师经常吃不上热饭，只能点外卖，既不卫生也不方便，希望学校能关心一下这部分老师的吃饭问题，改善就餐条件。',
      suggestion:
        '建议教工食堂晚餐供应延长到晚上八点，并增加晚餐窗口和菜品数量，方便加班和上晚课的老师。',
    },
    ['100011', '100012'],
    10,
  );
  const checkup = filed(
    4,
    '100013',
    {
      kind: 'proposal',
      title: '关于增加教职工年度体检项目的提案',
      category: '福利',
      background:
        '现在的年度体检项目比较基础，很多中老年教职工关心的项目如肿瘤标志物、骨密度、颈动脉彩超等没有包含在内，需要自费另外检查，费用较高，也不方便，大家希望体检更有针对性。',
      suggestion:
        '建议工会和相关部门调整年度体检方案，为45岁以上教职工增加肿瘤标志物、骨密度和颈动脉彩超等项目，并提供可自选的体检套餐。',
    },
    ['100014', '100015'],
    6,
  );
  let parking = fileContent(
    null,
    {
      id: `${DEMO_SESSION}-demo-5`,
      sessionId: DEMO_SESSION,
      congressId: DEMO_CONGRESS,
      proposer: person('100016'),
    },
    {
      kind: 'proposal',
      title: '关于规范校园停车管理的提案',
      category: '后勤',
      background:
        '近年来校内车辆越来越多，东门和图书馆附近停车位严重不足，外来车辆随意停放，早上上班时经常找不到车位，也影响了行人和学生的安全，大家对停车问题意见比较大，需要统筹解决。',
      suggestion:
        '建议在东门附近增设教职工停车位，对外来车辆实行限时停放管理，并在高峰时段安排专人疏导交通。',
    },
    at(2),
  );
  parking = invite(parking, person('100016'), [person('100017'), person('100004')], at(2));
  const library = filed(
    6,
    '100019',
    {
      kind: 'suggestion',
      title: '建议图书馆延长周末开放时间',
      category: '其他',
      background: '',
      suggestion: '图书馆周末下午五点就闭馆了，建议周末开放到晚上九点，方便老师带学生查资料。',
    },
    [],
    9,
  );
  const childcare = filed(
    7,
    '100020',
    {
      kind: 'proposal',
      title: '关于开设教职工子女暑期托管班的提案',
      category: '福利',
      background:
        '每到暑假，双职工家庭的孩子无人照看是很多青年教职工的难题，送校外托管班费用高、路程远，也不放心。不少兄弟高校已经由工会牵头开设了暑期托管班，效果很好，老师们反映强烈。',
      suggestion:
        '建议校工会牵头，利用暑期空闲教室开设教职工子女暑期托管班，聘请有资质的老师照看，按成本收取少量费用。',
    },
    ['100021', '100022'],
    13,
  );
  const salary = filed(
    8,
    '100023',
    {
      kind: 'proposal',
      title: '关于提高全体教职工基本工资标准的提案',
      category: '人事',
      background:
        '近年来物价上涨较快，特别是住房和子女教育支出大，青年教职工生活压力较大。与周边地区同类高校相比，我校教职工收入水平还有差距，影响了人才的引进和稳定，大家希望学校能想办法。',
      suggestion: '建议学校提高全体教职工基本工资标准，使收入水平不低于本地区同类高校的平均水平。',
    },
    ['100024', '100025'],
    8,
  );

  const c1 = accept(canteen, committee, [dept('hqbzc')], beijingDay(at(-20)), '', at(9));
  const merged = merge(canteen2, c1, committee, '两份提案都是关于教工食堂晚餐，合并办理', at(9));
  const canteenDone = answer(
    merged.target,
    dept('hqbzc'),
    handler('100045'),
    '正在解决',
    '感谢代表的关心。教工食堂将于下月起增设一个晚餐窗口，晚餐供应延长到晚上七点半，并试行简餐打包服务。设备采购已在进行中。',
    at(3),
  );
  const titlesAccepted = accept(
    titles,
    committee,
    [dept('rsc'), dept('jwc')],
    beijingDay(at(1)),
    '',
    at(9),
  );
  const libraryDone = rate(
    answer(
      accept(library, committee, [dept('tsg')], beijingDay(at(-25)), '', at(8)),
      dept('tsg'),
      person('100026'),
      '已解决',
      '自本月起，图书馆周末开放时间延长至晚上九点，欢迎老师们带学生来查阅资料。',
      at(5),
    ),
    person('100019'),
    '满意',
    '谢谢图书馆！',
    at(4),
  );
  const childcareDone = rate(
    answer(
      accept(childcare, committee, [dept('gh')], beijingDay(at(-15)), '', at(12)),
      dept('gh'),
      person('100027'),
      '列入计划',
      '校工会已将暑期托管班列入明年工作计划，正在与教务处协调教室，拟于明年七月开班，届时另行通知报名。',
      at(6),
    ),
    person('100020'),
    '基本满意',
    '希望早点落实。',
    at(5),
  );
  const salaryDeclined = decline(
    salary,
    committee,
    '工资标准由国家和省里统一规定，学校无权自行调整，不属于教代会提案的办理范围。',
    { asSuggestion: false, departments: [], dueOn: '' },
    at(7),
  );

  for (const doc of [
    canteenDone,
    titlesAccepted,
    merged.source,
    checkup,
    parking,
    libraryDone,
    childcareDone,
    salaryDeclined,
  ]) {
    if (!(await exists(db, COLLECTIONS.proposals, doc._id))) await insertProposal(db, doc);
  }
}
