import { mergeBundles } from './messages';

export default mergeBundles(import.meta.glob('/src/**/i18n/en.json', { eager: true, import: 'default' }));
