// The local cloud's own dev routes: health, who can I act as, database request stats, function
// instances, fire a timer now, and the WeRun simulator's cloudID exchange.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { roleNames, type RoleGrant } from '../../domain/account/roles';
import { fail } from '../../domain/errors';
import { getDb } from '../../cloudfunctions/_kit/db';
import { registerCloudId } from '../gateway/cloud-ids';
import {
  currentInstances,
  hasFunction,
  listFunctions,
  LOCAL_APPID,
  readFunctionConfig,
} from '../gateway/functions';
import { readValid, sendJson } from '../http/body';
import { fireTimers } from '../timers';
import { addDevRoute } from './router';
import './notify-outbox';
import './steps';

let installed = false;

const werunInput = z.object({
  openid: z.string().min(1),
  stepInfoList: z
    .array(z.object({ timestamp: z.number().int(), step: z.number().int().min(0) }))
    .max(31, '最多 31 天'),
});

export function installBuiltinDevRoutes(): void {
  if (installed) return;
  installed = true;

  addDevRoute({
    method: 'GET',
    path: /^\/health$/,
    handle: async ({ res }) => sendJson(res, 200, { ok: true, name: 'union-hub-local-cloud' }),
  });

  addDevRoute({
    method: 'GET',
    path: /^\/users$/,
    handle: async ({ res }) => {
      const db = getDb();
      const _ = db.command;
      const [staff, branches] = await Promise.all([
        db
          .collection(COLLECTIONS.staff)
          .where({ openid: _.exists(true), active: true })
          .orderBy('_id', 'asc')
          .limit(1000)
          .get(),
        db.collection(COLLECTIONS.branches).limit(1000).get(),
      ]);
      const branchName = new Map(
        (branches.data as { _id: string; name: string }[]).map((b) => [b._id, b.name]),
      );
      const users = (
        staff.data as {
          openid: string;
          staffNo: string;
          name: string;
          branchId: string;
          roles?: RoleGrant[];
        }[]
      ).map((s) => ({
        openid: s.openid,
        staffNo: s.staffNo,
        name: s.name,
        branch: branchName.get(s.branchId) ?? '',
        roles: roleNames(s.roles ?? []),
      }));
      // people with roles first, so the demo accounts are at the top
      users.sort((a, b) => b.roles.length - a.roles.length);
      sendJson(res, 200, { users });
    },
  });

  addDevRoute({
    method: 'GET',
    path: /^\/functions$/,
    handle: async ({ res }) =>
      sendJson(res, 200, {
        functions: listFunctions().map((name) => ({
          name,
          triggers: readFunctionConfig(name).triggers ?? [],
        })),
      }),
  });

  addDevRoute({
    method: 'GET',
    path: /^\/stats$/,
    handle: async ({ res, emulator }) => sendJson(res, 200, emulator.stats),
  });

  addDevRoute({
    method: 'GET',
    path: /^\/instances$/,
    handle: async ({ res }) => {
      const instances = currentInstances();
      if (!instances) return sendJson(res, 503, fail('internal', '本地云还没有启动函数实例。'));
      sendJson(res, 200, instances.stats());
    },
  });

  addDevRoute({
    method: 'POST',
    path: /^\/stats\/reset$/,
    handle: async ({ res, emulator }) => {
      emulator.resetStats();
      sendJson(res, 200, { ok: true });
    },
  });

  addDevRoute({
    method: 'POST',
    path: /^\/timer\/([a-z][a-z0-9-]*)$/,
    handle: async ({ res, params, url }) => {
      const fn = params[0];
      if (!hasFunction(fn))
        return sendJson(res, 404, fail('function.unknown', `没有名为 ${fn} 的云函数。`));
      const runs = await fireTimers(fn, url.searchParams.get('trigger') ?? undefined);
      if (runs.length === 0)
        return sendJson(res, 404, fail('not_found', `云函数 ${fn} 没有定时触发器。`));
      sendJson(res, 200, { ok: true, runs });
    },
  });

  addDevRoute({
    method: 'POST',
    path: /^\/werun$/,
    handle: async ({ req, res }) => {
      const input = await readValid(req, res, werunInput);
      if (!input) return;
      const { openid, stepInfoList } = input;
      const cloudID = registerCloudId(openid, {
        stepInfoList,
        watermark: { appid: LOCAL_APPID, timestamp: Math.floor(Date.now() / 1000) },
      });
      sendJson(res, 200, { cloudID });
    },
  });
}
