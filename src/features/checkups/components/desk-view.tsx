// At the hospital desk: union staff scan a check-up pass or type its 8 digits (the shared code
// entry) or a 工号; each answer says who, which slot, package and add-ons.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import {
  alreadyResult,
  CodeEntry,
  type CodeResult,
  type Entered,
} from '../../../components/code-entry';
import { Field } from '../../../components/field';
import { toCloudError } from '../../../services/cloud';
import { checkups, type In } from '../api';
import './checkups.scss';

type Who = Entered | { staffNo: string };

export function DeskView({ campaignId }: { campaignId: string }) {
  const [staffNo, setStaffNo] = useState('');
  const [result, setResult] = useState<CodeResult | null>(null);
  const [otherDay, setOtherDay] = useState<Who | null>(null);

  const submit = async (who: Who, anyDay = false): Promise<void> => {
    setOtherDay(null);
    try {
      const r = await checkups('checkups.checkin', {
        campaignId,
        anyDay,
        ...who,
      } as In<'checkups.checkin'>);
      const extra = r.addons.length ? `；自费加项：${r.addons.join('、')}` : '';
      setResult(
        r.already
          ? alreadyResult(r.name, r.checkedInAt)
          : { kind: 'ok', text: `${r.name} 签到成功：${r.start}，${r.packageName}${extra}` },
      );
      setStaffNo('');
    } catch (e) {
      const err = toCloudError(e);
      if (err.code === 'checkups.wrong_day') setOtherDay(who);
      setResult({ kind: 'bad', text: err.message });
    }
  };

  return (
    <View>
      <CodeEntry
        onEnter={submit}
        result={result}
        onResult={setResult}
        submitLabel="按签到码签到"
        resultTestId="ck-desk-result"
        sectionClassName="ck-section"
      >
        {otherDay ? (
          <View className="ck-section">
            <BigButton kind="secondary" onClick={() => void submit(otherDay, true)}>
              仍然今天签到
            </BigButton>
          </View>
        ) : null}
      </CodeEntry>
      <View className="ck-section">
        <Field label="没带手机：输入工号" value={staffNo} onInput={setStaffNo} maxlength={20} />
        <BigButton
          kind="secondary"
          disabled={!staffNo.trim()}
          onClick={() => void submit({ staffNo: staffNo.trim() })}
        >
          按工号签到
        </BigButton>
      </View>
      <Text className="ck-muted">只登记到场，不记录任何体检结果。</Text>
    </View>
  );
}
