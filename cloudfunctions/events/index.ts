// The events function: union events from creation to sign-up, waitlist, lottery, pass and check-in.
import { eventsContract } from '../../domain/events/contract';
import { audited, createHandler } from '../_kit';
import { attendance, checkin, exportAttendance, pass } from './checkin';
import { callOff } from './call-off';
import { createEvent } from './create';
import { decide } from './decide';
import { drawAction } from './draw';
import { enterTeam } from './team';
import { updateEvent } from './update';
import { cancel, signup } from './signup';
import { setCover } from './cover';
import { tick } from './timer';
import { get, list } from './views';

export const main = createHandler(
  eventsContract,
  {
    'events.create': {
      access: ['admin', 'organizer', 'club_leader'],
      run: audited(createEvent, (_i, o) => o?.eventId),
    },
    // the rest of the organizer actions check "organizer of THIS event" inside (access.ts)
    'events.update': { access: ['staff'], run: updateEvent },
    'events.callOff': { access: ['staff'], run: audited(callOff, (i) => i.eventId) },
    'events.setCover': { access: ['staff'], run: setCover },
    'events.list': { access: ['staff'], run: list },
    'events.get': { access: ['staff'], run: get },
    'events.signup': { access: ['staff'], run: signup },
    'events.cancel': { access: ['staff'], run: cancel },
    'events.pass': { access: ['staff'], run: pass },
    'events.checkin': { access: ['staff'], run: checkin },
    'events.attendance': { access: ['staff'], run: attendance },
    'events.export': { access: ['staff'], run: audited(exportAttendance, (i) => i.eventId) },
    'events.draw': { access: ['staff'], run: drawAction },
    'events.decide': { access: ['staff'], run: decide },
    'events.team': { access: ['branch_chair'], run: enterTeam },
  },
  { timers: { tick } },
);
