export default definePageConfig({ navigationBarTitleText: '健步走管理' });
