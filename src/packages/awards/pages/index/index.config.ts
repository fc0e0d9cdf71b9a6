export default definePageConfig({ navigationBarTitleText: '评优评先' });
