// h5 scanning: the camera into a <video>, frames onto a canvas, jsQR decodes them. Resolves each
// decoded text through onText; returns stop(). (weapp uses Taro.scanCode instead.)
import jsQR from 'jsqr';

export async function startCamera(
  video: HTMLVideoElement,
  onText: (text: string) => void,
): Promise<() => void> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'environment' },
    audio: false,
  });
  video.srcObject = stream;
  video.setAttribute('playsinline', 'true');
  await video.play();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  let stopped = false;
  let last = '';
  const frame = () => {
    if (stopped) return;
    if (ctx && video.videoWidth) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      ctx.drawImage(video, 0, 0);
      const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const found = jsQR(img.data, img.width, img.height, { inversionAttempts: 'dontInvert' });
      // the same code stays in view for a while: report it once
      if (found?.data && found.data !== last) {
        last = found.data;
        onText(found.data);
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return () => {
    stopped = true;
    stream.getTracks().forEach((t) => t.stop());
  };
}
