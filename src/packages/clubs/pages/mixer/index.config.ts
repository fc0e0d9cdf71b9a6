export default definePageConfig({ navigationBarTitleText: '联谊之后' });
