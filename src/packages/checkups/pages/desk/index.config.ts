export default definePageConfig({ navigationBarTitleText: '体检签到' });
