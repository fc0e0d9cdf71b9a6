// The notify function, typed: my inbox, reading it, subscribe answers, templates, broadcasts.
import type { z } from 'zod';
import { notifyContract, type broadcastInput } from '../../../domain/notify/contract';
import type { NoticeKind } from '../../../domain/notify/notice';
import { call } from '../../services/cloud';

export const NOTIFY_ROOT = 'packages/notify/';
export const NOTIFY_PAGES = ['pages/inbox/index', 'pages/broadcast/index'];
export const NOTIFY_URLS = {
  inbox: `/${NOTIFY_ROOT}pages/inbox/index`,
  broadcast: `/${NOTIFY_ROOT}pages/broadcast/index`,
} as const;

export const getInbox = () => call(notifyContract, 'notify.inbox', {});
export const markRead = (id: string) => call(notifyContract, 'notify.read', { id });
export const markAllRead = () => call(notifyContract, 'notify.read', { all: true });
export const getTemplates = (kinds: NoticeKind[]) =>
  call(notifyContract, 'notify.templates', { kinds });
export const recordSubscribe = (templates: { kind: NoticeKind; result: 'accept' | 'reject' }[]) =>
  call(notifyContract, 'notify.subscribe', { templates });
export const sendBroadcast = (input: z.input<typeof broadcastInput>) =>
  call(notifyContract, 'notify.broadcast', input);
export const getAudienceSize = (audience: z.input<typeof broadcastInput>['audience']) =>
  call(notifyContract, 'notify.audienceSize', { audience });
export const getBroadcastStatus = (broadcastId: string) =>
  call(notifyContract, 'notify.broadcastStatus', { broadcastId });
export const listBroadcasts = () => call(notifyContract, 'notify.broadcasts', {});
