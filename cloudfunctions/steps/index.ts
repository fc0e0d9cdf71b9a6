// The steps function (健步走): campaigns, sign-up, WeRun sync, my progress, standings, the union's
// report and export, and the nightly standings job.
import { fail } from '../../domain/errors';
import { stepsContract } from '../../domain/steps/contract';
import { audited, createHandler, type Main } from '../_kit';
import { campaigns, createCampaign } from './campaigns';
import { join } from './join';
import { closeCampaign, updateCampaign } from './manage';
import { me } from './me';
import { exportXlsx, report } from './report';
import { nightly, standings } from './standings';
import { sync } from './sync';

const handler = createHandler(
  stepsContract,
  {
    'steps.createCampaign': {
      access: ['admin'],
      run: audited(createCampaign, (_i, o) => o?.campaignId),
    },
    'steps.updateCampaign': {
      access: ['admin'],
      run: audited(updateCampaign, (i) => i.campaignId),
    },
    'steps.closeCampaign': { access: ['admin'], run: audited(closeCampaign, (i) => i.campaignId) },
    'steps.campaigns': { access: ['staff'], run: campaigns },
    'steps.join': { access: ['staff'], run: join },
    'steps.sync': { access: ['staff'], run: sync },
    'steps.me': { access: ['staff'], run: me },
    'steps.standings': { access: ['staff'], run: standings },
    'steps.report': { access: ['admin', 'branch_chair'], run: report },
    'steps.export': {
      access: ['admin', 'branch_chair'],
      run: audited(exportXlsx, (i) => i.campaignId),
    },
  },
  { timers: { nightly } },
);

/**
 * WeRun data is trusted only where the platform exchanges cloudIDs: a top-level `weRunData` field.
 * The kit also accepts `{ action, data: {...} }`; a cloudID nested in there is never exchanged, so
 * a sync shaped that way could carry step data of the app's own making — refuse it.
 */
export const main: Main = async (event, context) => {
  if (
    typeof event === 'object' &&
    event !== null &&
    (event as { action?: unknown }).action === 'steps.sync' &&
    !Object.prototype.hasOwnProperty.call(event, 'weRunData')
  ) {
    return fail('validation.failed', '请在小程序里点「同步微信步数」，步数只能来自微信运动。', [
      { path: 'weRunData', message: '请从微信运动同步步数' },
    ]);
  }
  return handler(event, context);
};
