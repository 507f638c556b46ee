import { mergeBundles } from './messages';

export default mergeBundles(import.meta.glob('/src/**/i18n/zh-CN.json', { eager: true, import: 'default' }));
