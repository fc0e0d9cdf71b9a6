// 工会办公室联系方式: the phone, place and hours shown on the bind page and error screens, set
// by an admin; a preview of the line people see, and a plain word when it is saved.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { accountContract } from '../../../../domain/account/contract';
import { officeContactLine, type OfficeInfo } from '../../../../domain/office';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { call, type CloudError } from '../../../services/cloud';
import { checkOffice, type OfficeErrors, type OfficeField } from './office-form';
import './office.scss';

const LABELS: Record<OfficeField, { label: string; placeholder: string; hint?: string }> = {
  name: { label: '名称', placeholder: '例如 校工会办公室' },
  phone: { label: '电话', placeholder: '例如 0571-88206000', hint: '带区号的座机或手机号' },
  place: { label: '地点', placeholder: '例如 行政楼 2 楼 203 室' },
  hours: { label: '时间', placeholder: '例如 工作日 8:30–11:30、14:00–17:00' },
};

export function OfficeView() {
  const [f, setF] = useState<OfficeInfo | null>(null);
  const [configured, setConfigured] = useState(true);
  const [errors, setErrors] = useState<OfficeErrors>({});
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  const load = () =>
    call(accountContract, 'account.office', {})
      .then((o) => {
        setF({ name: o.name, phone: o.phone, place: o.place, hours: o.hours });
        setConfigured(o.configured);
        setError(null);
      })
      .catch((e: CloudError) => setError(e));
  useEffect(() => {
    void load();
  }, []);
  if (!f) return error ? <ErrorBanner error={error} onRetry={load} /> : <LoadingState />;

  const set = (k: OfficeField) => (v: string) => {
    setF({ ...f, [k]: v });
    setErrors((old) => {
      const next = { ...old };
      delete next[k];
      return next;
    });
    setSaved('');
  };
  const save = async () => {
    const checked = checkOffice(f);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const o = await call(accountContract, 'account.setOffice', checked.input);
      setF({ name: o.name, phone: o.phone, place: o.place, hours: o.hours });
      setConfigured(true);
      setSaved('已保存。绑定页和出错提示里会显示新的联系方式（已打开小程序的人下次打开时看到）。');
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View>
      {!configured ? (
        <Text className="office-form__note">还没有设置过，下面是默认内容，请填上电话和地点。</Text>
      ) : null}
      {(Object.keys(LABELS) as OfficeField[]).map((k) => (
        <Field
          key={k}
          label={LABELS[k].label}
          hint={LABELS[k].hint}
          placeholder={LABELS[k].placeholder}
          value={f[k]}
          onInput={set(k)}
          error={errors[k]}
          maxlength={k === 'name' ? 20 : 40}
        />
      ))}
      <Card title="大家看到的是">
        <Text className="office-form__preview" data-testid="office-preview">
          {officeContactLine(f)}
        </Text>
      </Card>
      <ErrorBanner error={error} />
      {saved ? (
        <Text className="office-form__saved" data-testid="office-saved">
          {saved}
        </Text>
      ) : null}
      <View className="office-form__actions">
        <BigButton loading={busy} onClick={save}>
          保存联系方式
        </BigButton>
      </View>
    </View>
  );
}
