// The clubs function: clubs (社团/协会), membership and the leader's approvals, posts with photos,
// and the mixer (联谊) declarations and mutual after-event marks.
import { clubsContract } from '../../domain/clubs/contract';
import { audited, createHandler } from '../_kit';
import {
  approve,
  create,
  decline,
  grantLeader,
  join,
  leave,
  members,
  remove,
  requests,
} from './membership';
import { setCover } from './cover';
import { declarations, declare, mark, matches, people } from './mixer';
import { hide, likePost, list, mine, page, post, posts, uploadPhoto } from './posts';

export const main = createHandler(clubsContract, {
  'clubs.list': { access: ['staff'], run: list },
  'clubs.mine': { access: ['staff'], run: mine },
  'clubs.get': { access: ['staff'], run: page },
  'clubs.create': { access: ['admin'], run: create },
  'clubs.grantLeader': {
    access: ['admin'],
    run: audited(grantLeader, (i) => `${i.clubId}:${i.staffNo}`),
  },
  'clubs.join': { access: ['staff'], run: join },
  'clubs.leave': { access: ['staff'], run: leave },
  // scoped inside: leader of THIS club (admins hold every role)
  'clubs.approve': { access: ['club_leader'], run: approve },
  'clubs.decline': { access: ['club_leader'], run: decline },
  'clubs.remove': { access: ['club_leader'], run: remove },
  'clubs.requests': { access: ['club_leader'], run: requests },
  'clubs.setCover': { access: ['club_leader'], run: setCover },
  // scoped inside: members of this club, its leaders and admins
  'clubs.members': { access: ['staff'], run: members },
  'clubs.uploadPhoto': { access: ['staff'], run: uploadPhoto },
  'clubs.post': { access: ['staff'], run: post },
  'clubs.posts': { access: ['staff'], run: posts },
  'clubs.like': { access: ['staff'], run: likePost },
  'clubs.hidePost': { access: ['admin'], run: audited(hide, (i) => i.postId) },
  'clubs.mixerDeclare': { access: ['staff'], run: declare },
  // scoped inside: the organizer of this event only
  'clubs.mixerDeclarations': { access: ['staff'], run: audited(declarations, (i) => i.eventId) },
  'clubs.mixerPeople': { access: ['staff'], run: people },
  'clubs.mixerMark': { access: ['staff'], run: mark },
  'clubs.mixerMatches': { access: ['staff'], run: matches },
});
