export default definePageConfig({ navigationBarTitleText: '打印提案' });
