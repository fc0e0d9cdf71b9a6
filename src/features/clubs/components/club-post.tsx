// One post on a club's page: text, photos, who and when, likes; admins can hide it.
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PostView } from '../../../../domain/clubs/contract';
import { beijingDateTime } from '../../../../domain/time';
import type { CloudError } from '../../../services/cloud';
import { clubs } from '../api';
import './clubs.scss';
import { confirm } from '../../../components/confirm';

export function Post({
  post,
  canLike,
  isAdmin,
  onChanged,
  onError,
}: {
  post: PostView;
  canLike: boolean;
  isAdmin: boolean;
  onChanged: () => void;
  onError: (e: CloudError) => void;
}) {
  const run = (fn: () => Promise<unknown>) => fn().then(onChanged).catch(onError);
  return (
    <View className="clubs__row" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
      <Text className="clubs__small">
        {post.authorName} · {beijingDateTime(post.createdAt)}
        {post.hidden ? ' · 已隐藏' : ''}
      </Text>
      <Text className="clubs__line">{post.text}</Text>
      {post.photos.length > 0 ? (
        <View className="clubs__photos">
          {post.photos.map((ph) => (
            <Image
              key={ph.fileId}
              className="clubs__photo"
              src={ph.url}
              mode="aspectFill"
              nativeProps={{ alt: '动态照片，点开看大图' }}
              onClick={() =>
                void Taro.previewImage({ urls: post.photos.map((x) => x.url), current: ph.url })
              }
            />
          ))}
        </View>
      ) : null}
      <View className="clubs__row-actions">
        <Text
          className="clubs__link"
          onClick={() =>
            canLike &&
            !post.likedByMe &&
            void run(() => clubs('clubs.like', { postId: post.postId }))
          }
        >
          {post.likedByMe ? '已赞' : '赞'} {post.likes}
        </Text>
        {isAdmin && !post.hidden ? (
          <Text
            className="clubs__link"
            onClick={() =>
              void confirm('隐藏后其他人将看不到这条动态，确定吗？').then((ok) => {
                if (ok) void run(() => clubs('clubs.hidePost', { postId: post.postId }));
              })
            }
          >
            隐藏
          </Text>
        ) : null}
      </View>
    </View>
  );
}
