export default definePageConfig({ navigationBarTitleText: '答复提案' });
