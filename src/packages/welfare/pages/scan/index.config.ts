export default definePageConfig({ navigationBarTitleText: '福利核销' });
