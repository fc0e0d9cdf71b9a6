export default definePageConfig({ navigationBarTitleText: '审查提案' });
