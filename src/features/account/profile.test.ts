// What 我的 shows: rows in Chinese, role labels, and who sees 管理.
import type { BoundMe } from '../../../domain/account/contract';
import { canManage, profileRows, roleLabels } from './profile';

const me: BoundMe = {
  bound: true,
  staffNo: '100003',
  name: '李丽',
  branch: '外国语学院分工会',
  branchId: 'b06',
  member: false,
  status: '退休',
  phoneMasked: '139****5678',
  roles: ['staff', 'branch_chair'],
  grants: [{ role: 'branch_chair', branchId: 'b06' }],
};

it('lists name, 工号, branch, membership, status and the masked phone', () => {
  expect(profileRows(me)).toEqual([
    { label: '姓名', value: '李丽' },
    { label: '工号', value: '100003' },
    { label: '分工会', value: '外国语学院分工会' },
    { label: '会员', value: '非会员' },
    { label: '状态', value: '退休' },
    { label: '手机', value: '139****5678' },
  ]);
});

it('labels roles in Chinese, staff first', () => {
  expect(roleLabels(me.roles)).toEqual(['教职工', '分工会主席']);
});

it('opens 管理 to admins, branch chairs and organizers only', () => {
  expect(canManage(me)).toBe(true);
  expect(canManage({ roles: ['staff', 'admin'] })).toBe(true);
  expect(canManage({ roles: ['staff', 'organizer'] })).toBe(true);
  expect(canManage({ roles: ['staff'] })).toBe(false);
  expect(canManage({ roles: ['staff', 'distributor'] })).toBe(true);
  expect(canManage({ roles: ['staff', 'handler'] })).toBe(true);
  expect(canManage(null)).toBe(false);
});
