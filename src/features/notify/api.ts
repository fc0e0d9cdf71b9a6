// The notify function, typed: my inbox, reading it, subscribe answers, templates, broadcasts.
import type { z } from 'zod';
import { notifyContract, type broadcastInput } from '../../../domain/notify/contract';
import { call } from '../../services/cloud';

export { getInbox, getTemplates, recordSubscribe } from './main-api';
export const markRead = (id: string) => call(notifyContract, 'notify.read', { id });
export const markAllRead = () => call(notifyContract, 'notify.read', { all: true });
export const sendBroadcast = (input: z.input<typeof broadcastInput>) =>
  call(notifyContract, 'notify.broadcast', input);
export const getBroadcastStatus = (broadcastId: string) =>
  call(notifyContract, 'notify.broadcastStatus', { broadcastId });
export const listBroadcasts = () => call(notifyContract, 'notify.broadcasts', {});
