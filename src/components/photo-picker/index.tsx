// The one picture picker: a preview of the picture there is, a big "添加…/更换…" button that picks a
// photo, compresses it on the phone and sends it, "正在上传…" meanwhile, and a remove with a
// confirmation. The caller sends the picture (base64, or null to remove) in `onSave`.
import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { pickPhoto } from '../../services/photo';
import { BigButton } from '../big-button';
import { confirm } from '../confirm';
import { ErrorBanner, type ErrorLike } from '../error-banner';
import './index.scss';

export interface PhotoPickerProps {
  /** what the picture is, e.g. "活动封面" (also the preview's alt text) */
  label: string;
  /** the picture's display URL, when there is one */
  url?: string | null;
  /** sends the picture; throws a cloud error when it was refused */
  onSave(imageBase64: string | null): Promise<void>;
  /** one line under the title: what the picture is for */
  hint?: string;
}

export function PhotoPicker({ label, url, onSave, hint }: PhotoPickerProps) {
  const [busy, setBusy] = useState<'' | 'upload' | 'remove'>('');
  const [error, setError] = useState<ErrorLike | null>(null);
  const [note, setNote] = useState('');

  const run = async (kind: 'upload' | 'remove', base64: string | null, done: string) => {
    setBusy(kind);
    setError(null);
    setNote('');
    try {
      await onSave(base64);
      setNote(done);
    } catch (e) {
      setError(e as ErrorLike);
    } finally {
      setBusy('');
    }
  };

  const add = async () => {
    setError(null);
    let base64: string | null;
    try {
      base64 = await pickPhoto();
    } catch {
      setError({ code: 'photo.unreadable', message: '这张照片读不出来，请换一张再试。' });
      return;
    }
    if (base64) await run('upload', base64, `${label}已更新，大家现在就能看到。`);
  };

  const remove = async () => {
    if (
      await confirm({
        title: `去掉${label}？`,
        content: '去掉后列表里不再显示这张图片。',
        confirmText: '去掉',
      })
    )
      await run('remove', null, `${label}已去掉。`);
  };

  return (
    <View className="photo-picker" data-testid="photo-picker">
      <Text className="photo-picker__title">{label}</Text>
      {hint ? <Text className="photo-picker__hint">{hint}</Text> : null}
      {url ? (
        <Image
          className="photo-picker__preview"
          src={url}
          mode="aspectFill"
          nativeProps={{ alt: label }}
        />
      ) : (
        <Text className="photo-picker__hint">还没有{label}。</Text>
      )}
      {busy === 'upload' ? <Text className="photo-picker__note">正在上传…</Text> : null}
      {note ? <Text className="photo-picker__note">{note}</Text> : null}
      <ErrorBanner error={error} />
      <BigButton kind="secondary" loading={busy === 'upload'} onClick={() => void add()}>
        {url ? `更换${label}` : `添加${label}`}
      </BigButton>
      {url ? (
        <BigButton kind="plain" loading={busy === 'remove'} onClick={() => void remove()}>
          去掉{label}
        </BigButton>
      ) : null}
    </View>
  );
}
