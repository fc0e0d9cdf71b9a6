// One case for the people allowed to read it: what happens next, the checklist and documents,
// and what this reader can do now — edit and submit, review, record payment, track a claim.
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { CaseView as Case } from '../../../../domain/care/contract';
import {
  CLAIM_LABELS,
  CLAIM_STATUSES,
  PAY_LABELS,
  PAY_METHODS,
  type CaseStatus,
  type ClaimStatus,
  type PayMethod,
} from '../../../../domain/care/model';
import { beijingDateTime } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { PickCancelled } from '../../../services/file';
import { go } from '../../../services/nav';
import { useLoad } from '../../../hooks/use-load';
import { careApi } from '../api';
import { pickAttachments } from '../files';
import { parseYuan, todayYmd, yuan } from '../money';
import { historyLine } from '../history';
import { careUrl } from '../routes';
import { Card, Chips, StatusTag, TextBox } from './bits';

function useAct(reload: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const act = async (fn: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      if (done) void Taro.showToast({ title: done, icon: 'none' });
      reload();
    } catch (e) {
      if (!(e instanceof PickCancelled)) setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, act };
}

async function confirm(title: string, content: string): Promise<boolean> {
  const r = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '再想想' });
  return r.confirm;
}

function Documents({ c, reload }: { c: Case; reload: () => void }) {
  const { busy, error, act } = useAct(reload);
  const canAdd =
    !c.purged &&
    (c.as === 'applicant' || c.as === 'filer' || c.as === 'admin') &&
    !['paid', 'declined', 'withdrawn'].includes(c.status);
  const [item, setItem] = useState<string>(
    c.checklist.find((i) => !i.done)?.key ?? c.checklist[0]?.key ?? '',
  );
  const upload = () =>
    act(async () => {
      for (const base64 of await pickAttachments()) await careApi.upload(c.caseId, base64, item);
    }, '材料已上传');
  return (
    <Card title="材料清单">
      {c.checklist.map((i) => (
        <Text
          key={i.key}
          className={`care-check${!i.done && i.required ? ' care-check--missing' : ''}`}
        >
          {i.done ? '✓' : i.required ? '✗ 还缺' : '○'} {i.label}
          {i.original ? `（原件交${i.where || '分工会'}）` : ''}
        </Text>
      ))}
      {c.missing.length ? <Text className="care-hint">还缺：{c.missing.join('、')}</Text> : null}
      <View className="care-thumbs">
        {c.attachments.map((a) =>
          a.type === 'application/pdf' ? (
            <View
              key={a.fileId}
              className="care-thumb care-pdf"
              onClick={() => window.open?.(a.url)}
            >
              <Text>PDF 文件</Text>
            </View>
          ) : (
            <Image
              key={a.fileId}
              className="care-thumb"
              src={a.url}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls: [a.url] })}
            />
          ),
        )}
      </View>
      {canAdd ? (
        <View>
          {c.checklist.length ? (
            <Chips
              options={c.checklist.map((i) => ({ value: i.key, label: i.label }))}
              value={item}
              onChange={setItem}
            />
          ) : null}
          <ErrorBanner error={error} />
          <BigButton kind="secondary" loading={busy} onClick={() => void upload()}>
            上传照片或 PDF
          </BigButton>
          <Text className="care-hint">
            照片或 PDF，每个不超过 4 MB。材料只有审核的人能看到，链接 10 分钟后失效。
          </Text>
        </View>
      ) : null}
    </Card>
  );
}

function OwnerActions({ c, reload }: { c: Case; reload: () => void }) {
  const { busy, error, act } = useAct(reload);
  const [story, setStory] = useState(c.story);
  const submit = () =>
    act(async () => {
      if (story !== c.story) await careApi.update({ caseId: c.caseId, story });
      await careApi.submit(c.caseId);
    }, '已提交');
  const withdraw = async () => {
    if (await confirm('撤回申请', '撤回后这份申请不再审核，需要时可以重新申请。'))
      void act(() => careApi.withdraw(c.caseId), '已撤回');
  };
  const canWithdraw = !['paid', 'declined', 'withdrawn'].includes(c.status);
  return (
    <Card>
      {c.canEdit ? (
        <View>
          <TextBox label="情况说明" value={story} onInput={setStory} />
          <View className="care-gap" />
          <BigButton loading={busy} onClick={() => void submit()}>
            {c.status === 'returned' ? '重新提交' : '提交申请'}
          </BigButton>
        </View>
      ) : null}
      <ErrorBanner error={error} />
      {canWithdraw ? (
        <BigButton kind="plain" disabled={busy} onClick={() => void withdraw()}>
          撤回申请
        </BigButton>
      ) : null}
    </Card>
  );
}

function ReviewActions({ c, reload }: { c: Case; reload: () => void }) {
  const { busy, error, act } = useAct(reload);
  const base = c.amount ?? c.suggestedAmount;
  const [amount, setAmount] = useState(base !== null ? String(base / 100) : '');
  const [reason, setReason] = useState('');
  const [warning, setWarning] = useState('');
  const [amountError, setAmountError] = useState('');
  const decide = (decision: 'approve' | 'return' | 'decline') => {
    const fen = amount.trim() ? parseYuan(amount) : undefined;
    if (fen === null) return setAmountError('金额请填写数字，例如 3000');
    setAmountError('');
    return act(
      async () => {
        const r = await careApi.review({
          caseId: c.caseId,
          decision,
          reason,
          ...(decision === 'approve' && fen !== undefined && fen !== base ? { amount: fen } : {}),
        });
        setWarning(r.warning ?? '');
      },
      decision === 'approve' ? '已批准' : decision === 'return' ? '已退回' : '已处理',
    );
  };
  const decline = async () => {
    if (await confirm('不予批准', '确定不予批准吗？申请人会看到你写的理由。'))
      void decide('decline');
  };
  return (
    <Card title="审核">
      {c.suggestedAmount !== null ? (
        <Text className="care-hint">
          按规则建议补助 {yuan(c.suggestedAmount)} 元；改动金额请写明理由。
        </Text>
      ) : null}
      {c.status !== 'approved' ? (
        <Field
          label="补助金额（元）"
          value={amount}
          onInput={setAmount}
          placeholder="例如 3000"
          maxlength={12}
          error={amountError}
        />
      ) : null}
      <TextBox
        label="理由或需要补充的材料"
        hint="退回、不予批准或改动金额时必填，申请人会看到"
        value={reason}
        onInput={setReason}
        maxlength={300}
      />
      {warning ? <Text className="care-next">{warning}</Text> : null}
      <ErrorBanner error={error} />
      <View className="care-gap" />
      {c.status !== 'approved' ? (
        <View>
          <BigButton loading={busy} onClick={() => void decide('approve')}>
            批准
          </BigButton>
          <BigButton kind="secondary" disabled={busy} onClick={() => void decide('return')}>
            退回补充
          </BigButton>
        </View>
      ) : null}
      <BigButton kind="plain" disabled={busy} onClick={() => void decline()}>
        不予批准
      </BigButton>
    </Card>
  );
}

function PayActions({ c, reload }: { c: Case; reload: () => void }) {
  const { busy, error, act } = useAct(reload);
  const [on, setOn] = useState(todayYmd());
  const [method, setMethod] = useState<PayMethod>('salary_card');
  return (
    <Card title="登记发放">
      <Text className="care-text">批准金额 {yuan(c.amount ?? 0)} 元</Text>
      <DateField label="发放日期" value={on} onChange={setOn} />
      <Chips
        options={PAY_METHODS.map((m) => ({ value: m, label: PAY_LABELS[m] }))}
        value={method}
        onChange={setMethod}
      />
      <ErrorBanner error={error} />
      <BigButton
        loading={busy}
        onClick={() => void act(() => careApi.pay({ caseId: c.caseId, on, method }), '已登记发放')}
      >
        登记发放
      </BigButton>
    </Card>
  );
}

function ClaimActions({ c, reload }: { c: Case; reload: () => void }) {
  const { busy, error, act } = useAct(reload);
  const [status, setStatus] = useState<ClaimStatus>(c.claimStatus ?? 'missing');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const send = () =>
    act(async () => {
      const fen = amount.trim() ? parseYuan(amount) : undefined;
      await careApi.claim({
        caseId: c.caseId,
        claimStatus: status,
        reason,
        ...(fen ? { claimAmount: fen } : {}),
      });
    }, '理赔进度已更新');
  return (
    <Card title="理赔进度">
      <Text className="care-text">现在：{c.claimStatus ? CLAIM_LABELS[c.claimStatus] : '—'}</Text>
      <Chips
        options={CLAIM_STATUSES.map((s) => ({ value: s, label: CLAIM_LABELS[s] }))}
        value={status}
        onChange={setStatus}
      />
      {status === 'paid_out' ? (
        <Field label="赔付金额（元）" value={amount} onInput={setAmount} maxlength={12} />
      ) : null}
      {status === 'rejected' ? (
        <TextBox label="未获赔的原因" value={reason} onInput={setReason} maxlength={300} />
      ) : null}
      <ErrorBanner error={error} />
      <BigButton loading={busy} onClick={() => void send()}>
        更新进度
      </BigButton>
    </Card>
  );
}

export function CaseView({ id }: { id: string }) {
  const { data: c, error, loading, reload } = useLoad(() => careApi.get(id), [id]);
  if (loading && !c) return <LoadingState />;
  if (error || !c) return <ErrorBanner error={error} onRetry={reload} />;
  const owner = c.as === 'applicant' || c.as === 'filer';
  const claimKeeper =
    c.kind === 'claim' &&
    (c.as === 'admin' || c.as === 'branch_chair' || c.as === 'filer') &&
    !['paid', 'declined', 'withdrawn', 'draft', 'approved'].includes(c.status);
  return (
    <View>
      <Text className="care-next">{c.next}</Text>
      <Card title={c.programmeName}>
        <View className="care-row">
          <View className="care-row__main">
            <Text className="care-text">
              {c.name}（{c.staffNo}） · {c.branchName}
            </Text>
          </View>
          <StatusTag status={c.status as CaseStatus} label={c.statusLabel} />
        </View>
        <Text className="care-label">情况说明</Text>
        <Text className="care-text">
          {c.purged ? '（已过保存期限，详情已删除）' : c.story || '（还没有填写）'}
        </Text>
        {c.selfPaid !== null ? (
          <Text className="care-hint">自付费用：{yuan(c.selfPaid)} 元</Text>
        ) : null}
        {c.suggestedAmount !== null ? (
          <Text className="care-hint">按规则建议：{yuan(c.suggestedAmount)} 元</Text>
        ) : null}
        {c.amount !== null ? (
          <Text className="care-hint">补助金额：{yuan(c.amount)} 元</Text>
        ) : null}
      </Card>
      <Documents c={c} reload={reload} />
      {c.canReview ? <ReviewActions c={c} reload={reload} /> : null}
      {c.canPay ? <PayActions c={c} reload={reload} /> : null}
      {claimKeeper ? <ClaimActions c={c} reload={reload} /> : null}
      {owner ? <OwnerActions c={c} reload={reload} /> : null}
      <Card title="办理经过">
        {c.history.length === 0 ? <Text className="care-hint">还没有提交。</Text> : null}
        {c.history.map((h, i) => (
          <View key={i} className="care-row">
            <View className="care-row__main">
              <Text className="care-text">
                {historyLine(h)}
                {h.amount !== null ? `，${yuan(h.amount)} 元` : ''}
              </Text>
              {h.reason ? <Text className="care-hint">{h.reason}</Text> : null}
              <Text className="care-hint">{beijingDateTime(h.at)}</Text>
            </View>
          </View>
        ))}
      </Card>
      <BigButton kind="secondary" onClick={() => go(careUrl(owner ? 'index' : 'queue'))}>
        {owner ? '回到关爱帮扶' : '回到审核列表'}
      </BigButton>
    </View>
  );
}
