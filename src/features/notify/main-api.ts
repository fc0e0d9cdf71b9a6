// What the main package asks of notify: my inbox (the 我的 badge) and subscription templates and
// answers, typed by the contract's type only (no schemas shipped; see mainCaller).
import type { notifyContract } from '../../../domain/notify/contract';
import type { NoticeKind } from '../../../domain/notify/notice';
import { mainCaller } from '../../services/cloud';

const notify = mainCaller<typeof notifyContract>();

export const getInbox = () => notify('notify.inbox', {});
export const getTemplates = (kinds: NoticeKind[]) => notify('notify.templates', { kinds });
export const recordSubscribe = (templates: { kind: NoticeKind; result: 'accept' | 'reject' }[]) =>
  notify('notify.subscribe', { templates });
