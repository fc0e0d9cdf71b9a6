export default definePageConfig({ navigationBarTitleText: '新建健步走活动' });
