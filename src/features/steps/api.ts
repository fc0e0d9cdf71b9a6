// The steps function, typed: campaigns, sign-up, sync, my progress, standings, report and export.
import type { z } from 'zod';
import {
  stepsContract,
  type createCampaignInput,
  type reportInput,
  type updateCampaignInput,
} from '../../../domain/steps/contract';
import { call } from '../../services/cloud';

export const listCampaigns = () => call(stepsContract, 'steps.campaigns', {});
export const joinCampaign = (campaignId: string) =>
  call(stepsContract, 'steps.join', { campaignId });
export const getMine = (campaignId: string) => call(stepsContract, 'steps.me', { campaignId });
export const getStandings = (campaignId: string) =>
  call(stepsContract, 'steps.standings', { campaignId });
export const getReport = (input: z.input<typeof reportInput>) =>
  call(stepsContract, 'steps.report', input);
export const exportWalkers = (campaignId: string) =>
  call(stepsContract, 'steps.export', { campaignId });
export const createCampaign = (input: z.input<typeof createCampaignInput>) =>
  call(stepsContract, 'steps.createCampaign', input);

/**
 * Sends the WeRun reference to the function. `weRunData` must stay a top-level field: that is where
 * the platform swaps a CloudID for the decrypted steps (the app never sends steps itself).
 */
export const syncSteps = (campaignId: string, weRunData: unknown) =>
  call(stepsContract, 'steps.sync', { campaignId, weRunData: weRunData as { cloudID: string } });
export const updateCampaign = (input: z.input<typeof updateCampaignInput>) =>
  call(stepsContract, 'steps.updateCampaign', input);
export const closeCampaign = (campaignId: string) =>
  call(stepsContract, 'steps.closeCampaign', { campaignId });
