export default definePageConfig({ navigationBarTitleText: '决赛' });
