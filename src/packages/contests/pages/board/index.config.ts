export default definePageConfig({ navigationBarTitleText: '现场大屏' });
