export default definePageConfig({ navigationBarTitleText: '活动信息' });
