// The pass page uses the native <pass-qr> component in weapp (declared only there: h5 has a twin).
export default definePageConfig({
  navigationBarTitleText: '体检签到码',
  ...(process.env.TARO_ENV === 'weapp'
    ? { usingComponents: { 'pass-qr': '../../../../native/pass-qr/index' } }
    : {}),
});
