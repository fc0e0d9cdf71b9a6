export default definePageConfig({ navigationBarTitleText: '导入代表名单' });
