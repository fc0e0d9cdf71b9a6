// Every contract of every function, for the security tests (plain messages, access matrix).
// A new feature adds its contract here (one line) when it is merged.
import type { Contract } from '../../domain/contract';
import { accountContract } from '../../domain/account/contract';
import { awardsContract } from '../../domain/awards/contract';
import { careContract } from '../../domain/care/contract';
import { checkupsContract } from '../../domain/checkups/contract';
import { clubsContract } from '../../domain/clubs/contract';
import { contestsContract } from '../../domain/contests/contract';
import { eventsContract } from '../../domain/events/contract';
import { notifyContract } from '../../domain/notify/contract';
import { proposalsContract } from '../../domain/proposals/contract';
import { reportContract } from '../../domain/report/contract';
import { quizContract } from '../../domain/quiz/contract';
import { rosterContract } from '../../domain/roster/contract';
import { stepsContract } from '../../domain/steps/contract';
import { tripsContract } from '../../domain/trips/contract';
import { welfareContract } from '../../domain/welfare/contract';

export const ALL_CONTRACTS: Record<string, Contract> = {
  account: accountContract,
  awards: awardsContract,
  care: careContract,
  checkups: checkupsContract,
  clubs: clubsContract,
  contests: contestsContract,
  events: eventsContract,
  notify: notifyContract,
  proposals: proposalsContract,
  report: reportContract,
  quiz: quizContract,
  roster: rosterContract,
  steps: stepsContract,
  trips: tripsContract,
  welfare: welfareContract,
};

/** Every action name, "fn.action", across every contract. */
export function allActions(): string[] {
  return Object.values(ALL_CONTRACTS).flatMap((c) => Object.keys(c));
}
