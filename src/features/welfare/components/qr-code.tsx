// A QR code drawn from text: qrcode-generator makes a GIF data URL, shown as an image (h5 and weapp).
import { Image } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

export function qrDataUrl(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createDataURL(8, 4);
}

export function QrCode({
  text,
  className,
  label = '领取二维码',
}: {
  text: string;
  className?: string;
  /** what the picture is, for screen readers (h5: the inner <img>'s alt) */
  label?: string;
}) {
  const src = useMemo(() => qrDataUrl(text), [text]);
  return (
    <Image
      className={className}
      src={src}
      mode="aspectFit"
      aria-label={label}
      nativeProps={{ alt: label }}
    />
  );
}
