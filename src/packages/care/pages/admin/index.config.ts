export default definePageConfig({ navigationBarTitleText: '项目与经费' });
