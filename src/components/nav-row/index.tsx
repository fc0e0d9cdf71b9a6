// A tappable row that goes somewhere: a title, a short line under it, an arrow or a tag, and
// optionally a picture on the left (a club's cover).
import { Image, Text, View } from '@tarojs/components';
import './index.scss';

export interface NavRowProps {
  title: string;
  hint?: string;
  /** replaces the arrow, e.g. "编辑" */
  tag?: string;
  onClick?: () => void;
  /** a small picture before the title, with what it shows */
  image?: { src: string; alt: string };
}

export function NavRow({ title, hint, tag, onClick, image }: NavRowProps) {
  return (
    <View className="nav-row" hoverClass="nav-row--pressed" onClick={onClick}>
      {image ? (
        <Image
          className="nav-row__image"
          src={image.src}
          mode="aspectFill"
          lazyLoad
          nativeProps={{ alt: image.alt }}
        />
      ) : null}
      <View className="nav-row__text">
        <Text className="nav-row__title">{title}</Text>
        {hint ? <Text className="nav-row__hint">{hint}</Text> : null}
      </View>
      {tag ? (
        <Text className="nav-row__tag">{tag}</Text>
      ) : (
        <Text className="nav-row__arrow">›</Text>
      )}
    </View>
  );
}
