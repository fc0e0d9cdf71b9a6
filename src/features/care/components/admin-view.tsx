// 项目与经费 (admin): set up a programme, see each budget used, totals by branch and month, export
// the finance sheet; 慰问登记 for chairs and admins.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { holdsRole } from '../../../../domain/account/roles';
import {
  KIND_LABELS,
  PROGRAMME_KINDS,
  VISIT_LABELS,
  VISIT_REASONS,
  type ProgrammeKind,
  type VisitReason,
} from '../../../../domain/care/model';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { saveFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { useMe } from '../../account/use-me';
import { useLoad } from '../../../hooks/use-load';
import { careApi } from '../api';
import { parseYuan, todayYmd, yuan } from '../money';
import { toProgrammeInput, type ProgrammeFormValues } from '../programme-form';
import { careUrl } from '../routes';
import { Bar, Card, Chips, TextBox } from './bits';

const YEAR = Number(todayYmd().slice(0, 4));

function ProgrammeForm({ onDone }: { onDone: () => void }) {
  const [v, setV] = useState<ProgrammeFormValues>({
    kind: 'hardship',
    name: '',
    year: String(YEAR),
    budget: '',
    threshold: '5000',
    ratePct: '60',
    cap: '30000',
    committeeAbove: '5000',
    publicity: true,
    checklist: '困难情况说明 原件\n家庭情况照片（可选）',
  });
  const [bad, setBad] = useState<{ field: string; message: string } | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof ProgrammeFormValues) => (x: string) => setV({ ...v, [k]: x });
  const err = (k: string) => (bad?.field === k ? bad.message : undefined);
  const save = async () => {
    const r = toProgrammeInput(v);
    if (!r.ok) return setBad(r);
    setBad(null);
    setBusy(true);
    setError(null);
    try {
      await careApi.createProgramme(r.input);
      void Taro.showToast({ title: '项目已设立', icon: 'none' });
      onDone();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="设立项目">
      <Chips
        options={PROGRAMME_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        value={v.kind}
        onChange={(k: ProgrammeKind) => setV({ ...v, kind: k, publicity: k !== 'claim' })}
      />
      <Field
        label="项目名称"
        value={v.name}
        onInput={set('name')}
        placeholder="例如 送温暖、大病补助、教职工服务卡"
        maxlength={40}
      />
      <Field
        label="年度"
        value={v.year}
        onInput={set('year')}
        type="number"
        maxlength={4}
        error={err('year')}
      />
      <Field
        label="年度预算（元）"
        value={v.budget}
        onInput={set('budget')}
        maxlength={14}
        error={err('budget')}
      />
      {v.kind === 'illness' ? (
        <View>
          <Field
            label="起付线（元，一年自付合计）"
            value={v.threshold}
            onInput={set('threshold')}
            error={err('threshold')}
          />
          <Field
            label="补助比例（%）"
            value={v.ratePct}
            onInput={set('ratePct')}
            type="number"
            error={err('ratePct')}
          />
          <Field label="每人每年封顶（元）" value={v.cap} onInput={set('cap')} error={err('cap')} />
        </View>
      ) : null}
      <Field
        label="超过多少元需福利委员会审议"
        value={v.committeeAbove}
        onInput={set('committeeAbove')}
        error={err('committeeAbove')}
      />
      <Text className="care-label">批准后公示</Text>
      <Chips
        options={[
          { value: 'yes', label: '公示（只显示姓氏）' },
          { value: 'no', label: '不公示' },
        ]}
        value={v.publicity ? 'yes' : 'no'}
        onChange={(x) => setV({ ...v, publicity: x === 'yes' })}
      />
      <TextBox
        label="材料清单"
        hint="每行一项；原件写“原件”，不是必需的写“可选”"
        value={v.checklist}
        onInput={set('checklist')}
        maxlength={800}
      />
      <ErrorBanner error={error} />
      <View className="care-gap" />
      <BigButton loading={busy} onClick={() => void save()}>
        设立项目
      </BigButton>
    </Card>
  );
}

function Figures() {
  const { data, error, loading, reload } = useLoad(() => careApi.totals(YEAR), []);
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<CloudError | null>(null);
  const exportYear = async () => {
    setBusy(true);
    setExportError(null);
    try {
      await saveFile(await careApi.exportYear(YEAR));
    } catch (e) {
      setExportError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };
  if (loading) return <LoadingState />;
  if (error || !data) return <ErrorBanner error={error} onRetry={reload} />;
  const maxBranch = Math.max(1, ...data.byBranch.map((b) => b.amount));
  const maxMonth = Math.max(1, ...data.byMonth.map((b) => b.amount));
  return (
    <View>
      <Card title={`${YEAR} 年预算使用`}>
        {data.byProgramme.map((p) => (
          <Bar
            key={p.key}
            label={p.label}
            value={p.budget - p.left}
            of={p.budget}
            text={`已批 ${p.count} 人 ${yuan(p.amount)} 元，余 ${yuan(p.left)} / ${yuan(p.budget)} 元`}
          />
        ))}
        <Text className="care-hint">
          困难帮扶今年 {data.hardshipPeople} 人，上限 {data.hardshipLimit}{' '}
          人（会员人数的比例）。慰问 {data.visits.count} 次，{yuan(data.visits.value)} 元。
        </Text>
      </Card>
      <Card title="按分工会">
        {data.byBranch.map((b) => (
          <Bar
            key={b.key}
            label={b.label}
            value={b.amount}
            of={maxBranch}
            text={`${b.count} 人 ${yuan(b.amount)} 元`}
          />
        ))}
      </Card>
      <Card title="按月份">
        {data.byMonth.map((b) => (
          <Bar
            key={b.key}
            label={b.label}
            value={b.amount}
            of={maxMonth}
            text={`${b.count} 人 ${yuan(b.amount)} 元`}
          />
        ))}
      </Card>
      <ErrorBanner error={exportError} />
      <BigButton kind="secondary" loading={busy} onClick={() => void exportYear()}>
        导出发放表（Excel）
      </BigButton>
      <Text className="care-hint">
        发放表只有姓名、工号、分工会、项目和金额，不含身份证号、病情和银行卡。
      </Text>
    </View>
  );
}

function Visits() {
  const { data, reload } = useLoad(() => careApi.visits(YEAR), []);
  const [staffNo, setStaffNo] = useState('');
  const [on, setOn] = useState(todayYmd());
  const [reason, setReason] = useState<VisitReason>('illness');
  const [gift, setGift] = useState('');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const save = async () => {
    const fen = value.trim() ? parseYuan(value) : 0;
    if (fen === null) return setError({ message: '慰问金额请填写数字（元）' } as CloudError);
    setBusy(true);
    setError(null);
    try {
      await careApi.recordVisit({ staffNo: staffNo.trim(), on, reason, gift, value: fen });
      void Taro.showToast({ title: '慰问已登记', icon: 'none' });
      setStaffNo('');
      reload();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={`慰问登记（今年 ${data?.visits.length ?? 0} 次）`}>
      <Field
        label="被慰问人工号"
        value={staffNo}
        onInput={setStaffNo}
        type="number"
        maxlength={20}
      />
      <DateField label="慰问日期" value={on} onChange={setOn} />
      <Chips
        options={VISIT_REASONS.map((r) => ({ value: r, label: VISIT_LABELS[r] }))}
        value={reason}
        onChange={setReason}
      />
      <Field
        label="慰问品"
        value={gift}
        onInput={setGift}
        placeholder="例如 水果、慰问金"
        maxlength={60}
      />
      <Field label="金额或价值（元）" value={value} onInput={setValue} maxlength={10} />
      <ErrorBanner error={error} />
      <BigButton loading={busy} onClick={() => void save()}>
        登记慰问
      </BigButton>
      {(data?.visits ?? []).slice(0, 20).map((x) => (
        <View key={x.visitId} className="care-row">
          <Text className="care-text">
            {x.on} {x.name} · {x.branchName} · {VISIT_LABELS[x.reason]}
            {x.value ? ` · ${yuan(x.value)} 元` : ''}
          </Text>
        </View>
      ))}
    </Card>
  );
}

export function AdminView() {
  const { me } = useMe();
  const [tick, setTick] = useState(0);
  const admin = holdsRole(me?.grants ?? [], 'admin');
  return (
    <View>
      {admin ? <ProgrammeForm onDone={() => setTick((n) => n + 1)} /> : null}
      {admin ? <Figures key={tick} /> : null}
      <View className="care-gap" />
      <Visits />
      <BigButton kind="secondary" onClick={() => go(careUrl('index'))}>
        回到关爱帮扶
      </BigButton>
    </View>
  );
}
