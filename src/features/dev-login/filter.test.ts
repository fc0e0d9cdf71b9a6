// Searching demo identities on the dev sign-in page.
import { filterUsers, roleText } from './filter';

const users = [
  {
    openid: 'dev-admin',
    staffNo: '100001',
    name: '王秀英',
    branch: '机关分工会',
    roles: ['staff', 'admin'],
  },
  {
    openid: 'dev-chair',
    staffNo: '100003',
    name: '李丽',
    branch: '外国语学院分工会',
    roles: ['staff', 'branch_chair'],
  },
  {
    openid: 'dev-200010',
    staffNo: '200010',
    name: '张伟',
    branch: '外国语学院分工会',
    roles: ['staff'],
  },
];

it('finds by name, 工号, branch, openid and Chinese role label', () => {
  expect(filterUsers(users, '张').map((u) => u.openid)).toEqual(['dev-200010']);
  expect(filterUsers(users, '100003').map((u) => u.openid)).toEqual(['dev-chair']);
  expect(filterUsers(users, '外国语').map((u) => u.openid)).toEqual(['dev-chair', 'dev-200010']);
  expect(filterUsers(users, 'DEV-ADMIN').map((u) => u.openid)).toEqual(['dev-admin']);
  expect(filterUsers(users, '主席').map((u) => u.openid)).toEqual(['dev-chair']);
  expect(filterUsers(users, '外国语 主席').map((u) => u.openid)).toEqual(['dev-chair']);
});

it('lists everyone (up to the limit) for an empty query', () => {
  expect(filterUsers(users, '  ')).toHaveLength(3);
  expect(filterUsers(users, '', 2)).toHaveLength(2);
});

it('labels roles in Chinese and keeps unknown ones', () => {
  expect(roleText(['staff', 'admin', 'someday'])).toBe('教职工、校工会管理员、someday');
});
