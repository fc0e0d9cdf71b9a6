// The campaign's first and last day: the shared date field, or the date said plainly with why it
// may no longer change (started: the start date; ended: both).
import { Text, View } from '@tarojs/components';
import { DateField } from '../../../components/date-field';
import type { SectionProps } from '../setup-choices';

function DateOrLocked({
  locked,
  ...field
}: {
  label: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
  locked?: string;
}) {
  if (!locked) return <DateField {...field} />;
  return (
    <View className="field">
      <Text className="field__label">{field.label}</Text>
      <View className="wk-picker">
        <Text>{field.value}</Text>
        <Text className="wk-card__note">{locked}</Text>
      </View>
    </View>
  );
}

export function CampaignDates({
  form,
  setForm,
  errors,
  started,
  ended,
}: SectionProps & { started: boolean; ended: boolean }) {
  const endLock = ended ? '活动已结束，成绩已定' : undefined;
  return (
    <>
      <DateOrLocked
        label="开始日期"
        value={form.startDate}
        onChange={(v) => setForm((f) => ({ ...f, startDate: v }))}
        error={errors.startDate}
        locked={started ? '活动已开始，开始日期不能再改' : undefined}
      />
      <DateOrLocked
        label="结束日期"
        value={form.endDate}
        onChange={(v) => setForm((f) => ({ ...f, endDate: v }))}
        error={errors.endDate}
        locked={endLock}
      />
    </>
  );
}
