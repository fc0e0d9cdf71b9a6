// Filing by representatives: drafts, filing (and editing until review), similar proposals,
// inviting co-signers and co-signing (附议).
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { VisibleError } from '../../domain/errors';
import type {
  inviteInput,
  proposalRef,
  saveDraftInput,
  searchRepsInput,
  similarInput,
} from '../../domain/proposals/contract';
import type { Person, ProposalDoc, ProposalStatus, SessionDoc } from '../../domain/proposals/model';
import {
  COSIGNERS_REQUIRED,
  cosign,
  declineInvite,
  fileContent,
  invite,
  nextStatus,
  requireWindowOpen,
  saveDraft,
  type Content,
} from '../../domain/proposals/rules';
import { mostSimilar, normalize } from '../../domain/proposals/similarity';
import type { CallContext } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import {
  getRepresentative,
  getRepresentatives,
  getSession,
  listRepresentatives,
} from './congress-repo';
import {
  BUSY,
  NOT_FOUND,
  addCosigner,
  getProposal,
  insertProposal,
  listPublic,
  mutateProposal,
  promoteIfCosigned,
} from './proposal-repo';
import { numbered } from './views';

const COSIGN_OPEN: ProposalStatus[] = ['draft', 'awaiting_cosign', 'filed'];

type Input<S extends z.ZodType> = z.output<S>;

export const personOf = (ctx: CallContext): Person => {
  const me = ctx.me();
  return { staffNo: me.staffNo, name: me.name };
};

export const NOT_REPRESENTATIVE =
  '只有本届教代会代表可以提交提案和建议。如果你是代表却看到这条提示，请联系校工会核对代表名单；也可以把想法告诉本部门的代表。';

/** A retried filing lands on the same document: the id comes from session, proposer and title. */
function newProposalId(sessionId: string, staffNo: string, title: string): string {
  const h = createHash('sha1').update(normalize(title)).digest('hex').slice(0, 10);
  return `${sessionId}-${staffNo}-${h}`;
}

async function requireRepresentative(ctx: CallContext, session: SessionDoc): Promise<void> {
  const rep = await getRepresentative(ctx.db, session.congressId, ctx.me().staffNo);
  if (!rep) throw new VisibleError('proposals.not_representative', NOT_REPRESENTATIVE);
}

function contentOf(input: Input<typeof saveDraftInput>): Content {
  const { kind, title, category, background, suggestion } = input;
  return { kind, title, category, background, suggestion };
}

/** Creates the document, or applies `decide` to the one already there (a retry, or an edit). */
async function createOrChange(
  ctx: CallContext,
  input: Input<typeof saveDraftInput>,
  session: SessionDoc,
  decide: (existing: ProposalDoc | null) => ProposalDoc,
): Promise<ProposalDoc> {
  const me = personOf(ctx);
  const id = input.proposalId ?? newProposalId(session._id, me.staffNo, input.title);
  const existing = await getProposal(ctx.db, id);
  if (!existing && input.proposalId) throw NOT_FOUND();
  const check = (d: ProposalDoc) => {
    if (d.sessionId !== session._id)
      throw new VisibleError('validation.failed', '这份提案属于另一次会议。', [
        { path: 'sessionId', message: '会议不对' },
      ]);
    return decide(d);
  };
  if (!existing) {
    const doc = decide(null);
    try {
      await insertProposal(ctx.db, doc);
      return doc;
    } catch (e) {
      if (!isDuplicate(e)) throw e;
      // the same filing arrived twice at once: the other one created it; apply ours on top
    }
  }
  return (await mutateProposal(ctx.db, id, check, existing ?? undefined)).after;
}

export async function saveDraftAction(input: Input<typeof saveDraftInput>, ctx: CallContext) {
  const session = await getSession(ctx.db, input.sessionId);
  await requireRepresentative(ctx, session);
  const me = personOf(ctx);
  const doc = await createOrChange(ctx, input, session, (existing) =>
    saveDraft(
      existing,
      {
        id:
          existing?._id ?? input.proposalId ?? newProposalId(session._id, me.staffNo, input.title),
        sessionId: session._id,
        congressId: session.congressId,
        proposer: me,
      },
      contentOf(input),
      ctx.now,
    ),
  );
  return { proposalId: doc._id, status: doc.status };
}

export async function fileAction(input: Input<typeof saveDraftInput>, ctx: CallContext) {
  const session = await getSession(ctx.db, input.sessionId);
  requireWindowOpen(session, ctx.now);
  await requireRepresentative(ctx, session);
  const me = personOf(ctx);
  const doc = await createOrChange(ctx, input, session, (existing) =>
    fileContent(
      existing,
      {
        id:
          existing?._id ?? input.proposalId ?? newProposalId(session._id, me.staffNo, input.title),
        sessionId: session._id,
        congressId: session.congressId,
        proposer: me,
      },
      contentOf(input),
      ctx.now,
    ),
  );
  return { proposalId: doc._id, status: doc.status };
}

export async function similarAction(input: Input<typeof similarInput>, ctx: CallContext) {
  if (!input.title.trim() && !input.suggestion.trim()) return { items: [] };
  const docs = await listPublic(ctx.db, input.sessionId);
  const nos = numbered(docs);
  const candidates = docs.filter((d) => d._id !== input.excludeId && d.status !== 'merged');
  return {
    items: mostSimilar({ title: input.title, suggestion: input.suggestion }, candidates).map(
      ({ item, score }) => ({
        id: item._id,
        no: nos.get(item._id) ?? null,
        title: item.title,
        status: item.status,
        score,
      }),
    ),
  };
}

export async function searchRepsAction(input: Input<typeof searchRepsInput>, ctx: CallContext) {
  const session = await getSession(ctx.db, input.sessionId);
  const reps = await listRepresentatives(ctx.db, session.congressId);
  const q = input.q.replace(/\s+/g, '');
  const me = ctx.me().staffNo;
  const items = reps
    .filter(
      (r) =>
        r.staffNo !== me &&
        (!q || r.name.includes(q) || r.staffNo === q || r.delegation.includes(q)),
    )
    .sort(
      (a, b) =>
        a.delegation.localeCompare(b.delegation, 'zh') || a.staffNo.localeCompare(b.staffNo),
    )
    .slice(0, 30)
    .map((r) => ({ staffNo: r.staffNo, name: r.name, delegation: r.delegation }));
  return { items };
}

export async function inviteAction(input: Input<typeof inviteInput>, ctx: CallContext) {
  const me = personOf(ctx);
  const doc = await getProposal(ctx.db, input.proposalId);
  if (!doc) throw NOT_FOUND();
  const wanted = [...new Set(input.staffNos)];
  const reps = await getRepresentatives(ctx.db, doc.congressId, wanted);
  const missing = wanted.filter((s) => !reps.some((r) => r.staffNo === s));
  if (missing.length) {
    throw new VisibleError(
      'proposals.not_representative',
      `工号 ${missing.join('、')} 不是本届教代会代表，附议人须是代表。请从代表名单里选择。`,
    );
  }
  const people = reps.map((r) => ({ staffNo: r.staffNo, name: r.name }));
  const { after } = await mutateProposal(
    ctx.db,
    doc._id,
    (d) => invite(d, me, people, ctx.now),
    doc,
  );
  return { invites: after.invites, cosigners: after.cosigners };
}

export async function cosignAction(input: Input<typeof proposalRef>, ctx: CallContext) {
  const me = personOf(ctx);
  const doc = await getProposal(ctx.db, input.proposalId);
  if (!doc) throw NOT_FOUND();
  // the pure rules decide whether this person may co-sign now (and say why not)
  const next = cosign(doc, me, ctx.now);
  if (next !== doc) {
    requireWindowOpen(await getSession(ctx.db, doc.sessionId), ctx.now);
    const added = await addCosigner(ctx.db, doc._id, me, COSIGN_OPEN, ctx.now);
    if (!added) {
      // changed under us: decide again on what is there now (already co-signed, or closed)
      const now = await getProposal(ctx.db, doc._id);
      if (!now) throw NOT_FOUND();
      cosign(now, me, ctx.now);
      if (!now.cosigners.some((p) => p.staffNo === me.staffNo)) throw BUSY();
    }
  }
  let status = doc.status;
  const count = doc.cosigners.length + (next !== doc ? 1 : 0);
  if (doc.status === 'awaiting_cosign') {
    // others may be co-signing at this moment: the server counts, whoever completes it moves it on
    const filed = nextStatus('awaiting_cosign', 'cosigned_enough') as ProposalStatus;
    const promoted = await promoteIfCosigned(ctx.db, doc._id, COSIGNERS_REQUIRED, filed, ctx.now);
    // (when someone else completed it at the same moment, the board shows it filed anyway)
    if (promoted || count >= COSIGNERS_REQUIRED) status = filed;
  }
  return { proposalId: doc._id, status, cosignerCount: count };
}

export async function declineCosignAction(input: Input<typeof proposalRef>, ctx: CallContext) {
  const me = personOf(ctx);
  const { after } = await mutateProposal(ctx.db, input.proposalId, (d) =>
    declineInvite(d, me, ctx.now),
  );
  return { proposalId: after._id };
}
