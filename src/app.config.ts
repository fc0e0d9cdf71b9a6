// Pages, subpackages and the tab bar. Tab pages and what they need at once live in the main
// package; everything else goes in a subpackage. Keep page paths in step with src/routes.ts.
const isH5 = process.env.TARO_ENV === 'h5';

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/events/index',
    'pages/welfare/index',
    'pages/me/index',
    'pages/bind/index',
    // h5 only: choose a demo identity on the local cloud
    ...(isH5 ? ['pages/dev-login/index'] : []),
  ],
  // One entry per subpackage; add yours as a new block. `root` is a folder under src/, `pages`
  // are relative to it. Code used by one subpackage only stays out of the main package.
  subPackages: [
    // 管理: home of the admin tools, reached from 我的 by admins, branch chairs and organizers
    {
      root: 'packages/admin/',
      pages: [
        'pages/index/index',
        // roster: import, people and roles, one person, branches, export
        'pages/roster-import/index',
        'pages/roster-people/index',
        'pages/roster-person/index',
        'pages/roster-branches/index',
        'pages/roster-export/index',
      ],
    },
    // 社团: club list, club page (join, posts, leader's member management), after a mixer
    {
      root: 'packages/clubs/',
      pages: ['pages/index/index', 'pages/club/index', 'pages/mixer/index'],
    },
    // 福利: my pickup code, the distributor's hand-over, batch management and progress
    {
      root: 'packages/welfare/',
      pages: ['pages/code/index', 'pages/scan/index', 'pages/admin/index', 'pages/progress/index'],
    },
    // 健步走: my steps and sync; the union's management and campaign setup
    {
      root: 'packages/walkathon/',
      pages: ['pages/index/index', 'pages/admin/index', 'pages/setup/index'],
    },
    // 教代会提案: board, file, detail, mine, review (committee), answer (departments), print, reps import
    {
      root: 'packages/proposals/',
      pages: [
        'pages/index/index',
        'pages/file/index',
        'pages/detail/index',
        'pages/mine/index',
        'pages/review/index',
        'pages/answer/index',
        'pages/print/index',
        'pages/reps/index',
      ],
    },
    // 消息: my inbox (我的 › 消息); 消息发送 for admins, branch chairs and organizers
    {
      root: 'packages/notify/',
      pages: ['pages/inbox/index', 'pages/broadcast/index'],
    },
    // 活动: event detail, my pass; organizers: manage, create/edit, check-in, attendance
    {
      root: 'packages/events/',
      pages: [
        'pages/detail/index',
        'pages/pass/index',
        'pages/manage/index',
        'pages/edit/index',
        'pages/checkin/index',
        'pages/attendance/index',
      ],
    },
    // 体检: book a slot, my pass, reimbursement elsewhere; the desk's check-in; progress (admins, chairs)
    {
      root: 'packages/checkups/',
      pages: [
        'pages/index/index',
        'pages/pass/index',
        'pages/elsewhere/index',
        'pages/desk/index',
        'pages/admin/index',
      ],
    },
  ],
  window: {
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '智慧工会',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f3f1',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#45454a',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/events/index', text: '活动' },
      { pagePath: 'pages/welfare/index', text: '福利' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
});
