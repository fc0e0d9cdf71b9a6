export default definePageConfig({ navigationBarTitleText: '我组织的活动' });
