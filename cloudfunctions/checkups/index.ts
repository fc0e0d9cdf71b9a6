// The checkups function: health check-up campaigns, slot booking, the desk pass, reimbursement of
// check-ups elsewhere, progress and the hospital's list. Medical results are never stored.
import { checkupsContract } from '../../domain/checkups/contract';
import { createHandler } from '../_kit';
import { book, cancel, mine, reschedule, retrySafe, setAddons } from './booking';
import { campaignView, createCampaign, current, listAll, slots } from './campaigns';
import { checkin, pass } from './desk';
import { listClaims, review, submitElsewhere } from './elsewhere';
import { exportDay, progress } from './progress';
import { tick } from './timer';

export const main = createHandler(
  checkupsContract,
  {
    'checkups.createCampaign': { access: ['admin'], run: createCampaign },
    'checkups.listCampaigns': { access: ['admin', 'branch_chair', 'checkup_desk'], run: listAll },
    'checkups.current': { access: ['staff'], run: current },
    'checkups.campaign': { access: ['staff'], run: campaignView },
    'checkups.slots': { access: ['staff'], run: slots },
    'checkups.book': { access: ['staff'], run: retrySafe(book) },
    'checkups.reschedule': { access: ['staff'], run: retrySafe(reschedule) },
    'checkups.cancel': { access: ['staff'], run: retrySafe(cancel) },
    'checkups.mine': { access: ['staff'], run: mine },
    'checkups.setAddons': { access: ['staff'], run: setAddons },
    'checkups.pass': { access: ['staff'], run: pass },
    // scoped inside: checkup_desk of this campaign (admins hold every role)
    'checkups.checkin': { access: ['checkup_desk'], run: checkin },
    'checkups.submitElsewhere': { access: ['staff'], run: submitElsewhere },
    'checkups.listElsewhere': { access: ['admin'], run: listClaims },
    'checkups.reviewElsewhere': { access: ['admin'], run: review },
    // scoped inside: a chair sees their own branch only
    'checkups.progress': { access: ['admin', 'branch_chair'], run: progress },
    // scoped inside: checkup_desk of this campaign, or admin
    'checkups.exportDay': { access: ['admin', 'checkup_desk'], run: exportDay },
  },
  { timers: { tick } },
);
