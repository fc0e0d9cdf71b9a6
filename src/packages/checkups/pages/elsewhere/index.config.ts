export default definePageConfig({ navigationBarTitleText: '自行体检报销' });
