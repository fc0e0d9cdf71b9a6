export default definePageConfig({ navigationBarTitleText: '报名名单' });
