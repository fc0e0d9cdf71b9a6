export default definePageConfig({ navigationBarTitleText: '工会办公室联系方式' });
