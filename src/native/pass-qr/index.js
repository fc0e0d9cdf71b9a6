// The event pass as a weapp native component: draws the token as a QR on a 2D canvas, shows the
// typed code and a countdown, and fires `refresh` just after the pass expires (every 30 s), again until a new one comes.
/* global Component, wx */
const { qrMatrix, drawMatrix } = require('./qr-matrix');
const { countdownLabel, spacedCode, startCountdown } = require('./countdown');

Component({
  properties: {
    token: { type: String, value: '' },
    code: { type: String, value: '' },
    expiresAt: { type: String, value: '' },
    serverNow: { type: String, value: '' },
    px: { type: Number, value: 260 },
  },
  data: { spaced: '', label: '', modules: 0 },
  observers: {
    'token, code, expiresAt, serverNow': function (token, code, expiresAt, serverNow) {
      this.setData({ spaced: spacedCode(code) });
      if (token) this.draw(token);
      // a new answer restarts the countdown even when it is the same pass (same window)
      if (expiresAt) this.restart(expiresAt, serverNow);
    },
  },
  lifetimes: {
    detached() {
      if (this.stop) this.stop();
    },
  },
  methods: {
    restart(expiresAt, serverNow) {
      if (this.stop) this.stop();
      this.stop = startCountdown({
        expiresAt,
        serverNow: serverNow || undefined,
        onTick: (s) => this.setData({ label: countdownLabel(s) }),
        onExpire: () => this.triggerEvent('refresh', {}),
      });
    },
    draw(token) {
      const matrix = qrMatrix(token);
      this.setData({ modules: matrix.size });
      const px = this.data.px;
      const query = this.createSelectorQuery();
      query
        .select('#qr')
        .fields({ node: true, size: true })
        .exec((res) => {
          const canvas = res && res[0] && res[0].node;
          if (!canvas) return; // not laid out yet (or a test renderer): the observer runs again
          const dpr =
            (wx.getWindowInfo
              ? wx.getWindowInfo().pixelRatio
              : wx.getSystemInfoSync().pixelRatio) || 2;
          canvas.width = px * dpr;
          canvas.height = px * dpr;
          const ctx = canvas.getContext('2d');
          ctx.scale(dpr, dpr);
          drawMatrix(ctx, matrix, px);
        });
    },
  },
});
