// The binding form: 工号, 姓名, 手机号后四位 → account.bind, with problems shown under each field.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { toCloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { bind } from '../api';
import {
  bindErrorsFrom,
  checkBind,
  checkBindField,
  EMPTY_BIND,
  type BindField,
  type BindValues,
  type FieldErrors,
} from '../bind-form';
import { meStore } from '../use-me';
import './bind-form.scss';
import { pages } from '../../../../domain/pages';
import { noteJustBound } from '../just-bound';

export function BindForm() {
  const [values, setValues] = useState<BindValues>(EMPTY_BIND);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (field: BindField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    // a problem disappears as soon as the user starts fixing it
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const leave = (field: BindField) => () => {
    if (values[field].trim() === '') return; // do not scold an untouched field
    setErrors((e) => ({ ...e, [field]: checkBindField(values, field) }));
  };

  const submit = async () => {
    if (busy) return;
    setFormError(null);
    const checked = checkBind(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    try {
      const me = await bind(checked.input);
      meStore.set(me);
      if (me.bound) noteJustBound(me.name);
      go(pages.tabs.me());
    } catch (e) {
      const refusal = bindErrorsFrom(toCloudError(e));
      setErrors(refusal.fields);
      setFormError(refusal.form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="bind-form">
      <Field
        label="工号"
        hint="工资条或校园卡上的工号"
        value={values.staffNo}
        maxlength={20}
        placeholder="例如 100001"
        error={errors.staffNo}
        onInput={change('staffNo')}
        onBlur={leave('staffNo')}
      />
      <Field
        label="姓名"
        value={values.name}
        maxlength={30}
        placeholder="和学校登记的一致"
        error={errors.name}
        onInput={change('name')}
        onBlur={leave('name')}
      />
      <Field
        label="手机号后四位"
        hint="在学校登记的手机号"
        value={values.phoneLast4}
        type="number"
        maxlength={4}
        placeholder="4 位数字"
        error={errors.phoneLast4}
        onInput={change('phoneLast4')}
        onBlur={leave('phoneLast4')}
      />
      <ErrorBanner error={formError ? { message: formError } : null} />
      <BigButton loading={busy} onClick={() => void submit()}>
        {busy ? '正在核对…' : '确认绑定'}
      </BigButton>
      <Text className="bind-form__note">
        我们只用这些信息在工会名册里找到你，不会公开。信息对不上或已被别人绑定，请联系校工会。
      </Text>
    </View>
  );
}
