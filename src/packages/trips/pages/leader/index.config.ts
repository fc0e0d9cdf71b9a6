export default definePageConfig({ navigationBarTitleText: '领队' });
