// A club member writes a post: text and up to a few photos, then 发布.
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { MAX_PHOTOS } from '../../../../domain/clubs/contract';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import type { CloudError } from '../../../services/cloud';
import { clubs } from '../api';
import { preparePhoto } from '../../../services/photo';
import './clubs.scss';
import { TextArea } from '../../../components/text-area';

export function Composer({ clubId, onPosted }: { clubId: string; onPosted: () => void }) {
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<{ fileId: string; url: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);

  const addPhotos = async () => {
    const picked = await Taro.chooseImage({
      count: MAX_PHOTOS - photos.length,
      sizeType: ['compressed'],
    });
    setBusy(true);
    setError(null);
    try {
      for (const path of picked.tempFilePaths) {
        const base64 = await preparePhoto(path);
        const up = await clubs('clubs.uploadPhoto', { clubId, type: 'image/jpeg', base64 });
        setPhotos((list) => [...list, up]);
      }
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await clubs('clubs.post', { clubId, text, photos: photos.map((p) => p.fileId) });
      setText('');
      setPhotos([]);
      onPosted();
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="clubs__card">
      <TextArea
        label="发动态"
        value={text}
        maxlength={1000}
        placeholder="分享活动照片和心得"
        onInput={setText}
      />
      <View className="clubs__photos">
        {photos.map((p) => (
          <Image
            key={p.fileId}
            className="clubs__photo"
            src={p.url}
            mode="aspectFill"
            nativeProps={{ alt: '已选的照片，点一下去掉' }}
            onClick={() => setPhotos(photos.filter((x) => x !== p))}
          />
        ))}
      </View>
      {photos.length < MAX_PHOTOS ? (
        <Text className="clubs__link" onClick={() => void addPhotos()}>
          ＋ 添加照片（最多 {MAX_PHOTOS} 张，点照片可删除）
        </Text>
      ) : null}
      <ErrorBanner error={error} />
      <BigButton loading={busy} disabled={!text.trim()} onClick={() => void submit()}>
        发布
      </BigButton>
    </View>
  );
}
