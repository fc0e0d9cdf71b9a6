export default definePageConfig({ navigationBarTitleText: '智慧工会' });
