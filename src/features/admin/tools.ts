// The 管理 home's list of tools and who sees which (each tool checks access again on the server).
import { holdsRole, type AccessRole, type RoleGrant } from '../../../domain/account/roles';
import { pages } from '../../../domain/pages';

export interface AdminTool {
  key: string;
  title: string;
  hint: string;
  /** any of these roles shows the tool (admins see all) */
  roles: readonly AccessRole[];
  /** the page it opens (from the page registry) */
  url: string;
}

export const ADMIN_TOOLS: readonly AdminTool[] = [
  {
    key: 'events',
    title: '活动管理',
    hint: '发布活动、扫码签到、导出名单',
    roles: ['organizer'],
    url: pages.events.manage(),
  },
  {
    key: 'branch',
    title: '本分工会',
    hint: '本分工会人员、名额与未领取的福利',
    roles: ['branch_chair'],
    url: pages.admin.rosterPeople(),
  },
  {
    key: 'welfare',
    title: '福利发放',
    hint: '礼包与库存、领取与核销情况',
    roles: ['admin'],
    url: pages.welfare.admin(),
  },
  {
    key: 'handover',
    title: '福利核销',
    hint: '扫领取码或输入短码，交付礼包',
    roles: ['distributor'],
    url: pages.welfare.scan(),
  },
  {
    key: 'walkathon',
    title: '健步走',
    hint: '活动设置、各分工会达标率',
    roles: ['admin', 'branch_chair'],
    url: pages.walkathon.admin(),
  },
  {
    key: 'proposals',
    title: '提案办理',
    hint: '立案、分派承办部门、答复',
    roles: ['admin', 'committee', 'handler'],
    url: pages.proposals.index(),
  },
  {
    key: 'trips',
    title: '疗休养',
    hint: '发布计划、分配名额、导入往年记录',
    roles: ['admin'],
    url: pages.trips.admin(),
  },
  {
    key: 'tripLeader',
    title: '疗休养领队',
    hint: '本批次名单、出发签到、旅行社名单',
    roles: ['trip_leader'],
    url: pages.trips.leader(),
  },
  {
    key: 'care',
    title: '关爱帮扶',
    hint: '审核帮扶申请、登记发放与慰问',
    roles: ['admin', 'branch_chair', 'care_committee'],
    url: pages.care.queue(),
  },
  {
    key: 'roster',
    title: '名册导入',
    hint: '导入教职工名册、核对分工会',
    roles: ['admin'],
    url: pages.admin.rosterImport(),
  },
  {
    key: 'people',
    title: '人员与角色',
    hint: '按姓名或工号查找，授予角色、解绑微信',
    roles: ['admin'],
    url: pages.admin.rosterPeople(),
  },
  {
    key: 'branches',
    title: '分工会',
    hint: '各分工会名称、顺序与人数',
    roles: ['admin'],
    url: pages.admin.rosterBranches(),
  },
  {
    key: 'rosterExport',
    title: '导出名册',
    hint: '按分工会和状态导出 Excel',
    roles: ['admin', 'branch_chair'],
    url: pages.admin.rosterExport(),
  },
  {
    key: 'notify',
    title: '消息发送',
    hint: '给报名者或分工会发通知',
    roles: ['admin'],
    url: pages.notify.broadcast(),
  },
  {
    key: 'checkups',
    title: '体检管理',
    hint: '预约与签到进度、医院名单、报销审核',
    roles: ['admin', 'branch_chair'],
    url: pages.checkups.admin(),
  },
  {
    key: 'checkupDesk',
    title: '体检签到',
    hint: '在医院体检台扫码登记到场',
    roles: ['checkup_desk'],
    url: pages.checkups.admin(),
  },
  {
    key: 'report',
    title: '年度工作数据',
    hint: '一年的活动、福利、健步走等数字，图表、Excel 和总结稿',
    roles: ['admin', 'branch_chair'],
    url: pages.report.index(),
  },
  {
    key: 'contests',
    title: '竞赛评分',
    hint: '新建竞赛、报名名单、评分表解锁、成绩导出',
    roles: ['branch_chair', 'judge'],
    url: pages.contests.index(),
  },
  {
    key: 'quiz',
    title: '知识竞赛管理',
    hint: '导入题库、新建竞赛、排行榜与决赛大屏',
    roles: ['admin'],
    url: pages.quiz.admin(),
  },
  {
    key: 'awards',
    title: '评优评先',
    hint: '评优名额、审核提名、投票结果、公示与名单',
    roles: ['admin'],
    url: pages.awards.admin(),
  },
  {
    key: 'audit',
    title: '审计日志',
    hint: '谁在何时做了哪些管理操作，可导出',
    roles: ['admin'],
    url: pages.admin.audit(),
  },
  {
    key: 'office',
    title: '办公室联系方式',
    hint: '绑定页和出错提示里显示的电话、地点和时间',
    roles: ['admin'],
    url: pages.admin.office(),
  },
];

export function toolsFor(grants: readonly RoleGrant[]): AdminTool[] {
  return ADMIN_TOOLS.filter((t) => t.roles.some((r) => holdsRole(grants, r)));
}
