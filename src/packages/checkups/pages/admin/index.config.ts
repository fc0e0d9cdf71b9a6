export default definePageConfig({ navigationBarTitleText: '体检管理' });
