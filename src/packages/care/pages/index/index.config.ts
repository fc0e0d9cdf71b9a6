export default definePageConfig({ navigationBarTitleText: '关爱帮扶' });
