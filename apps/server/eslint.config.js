import base from '@kruosar/eslint-config';

export default base;
