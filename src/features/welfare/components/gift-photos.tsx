// 礼包照片 (admins): a photo for each gift of a batch, shown on the gift's choice card on 福利.
import { View } from '@tarojs/components';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { PhotoPicker } from '../../../components/photo-picker';
import { useLoad } from '../../../hooks/use-load';
import { getBatch, setOptionPhoto } from '../api';

export function GiftPhotos({ batchId }: { batchId: string }) {
  const batch = useLoad(() => getBatch(batchId), [batchId]);
  if (!batch.data)
    return batch.error ? (
      <ErrorBanner error={batch.error} onRetry={batch.reload} />
    ) : (
      <LoadingState />
    );
  const b = batch.data;
  return (
    <View data-testid="gift-photos">
      {b.options.map((o) => (
        <PhotoPicker
          key={o.optionId}
          label={`「${o.name}」的照片`}
          hint="大家选礼包时会看到这张照片。"
          url={o.imageUrl}
          onSave={async (imageBase64) => {
            const r = await setOptionPhoto(batchId, o.optionId, imageBase64);
            batch.setData({
              ...b,
              options: b.options.map((x) =>
                x.optionId === o.optionId ? { ...x, imageUrl: r.imageUrl } : x,
              ),
            });
          }}
        />
      ))}
    </View>
  );
}
