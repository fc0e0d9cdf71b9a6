export default definePageConfig({ navigationBarTitleText: '评委评分' });
