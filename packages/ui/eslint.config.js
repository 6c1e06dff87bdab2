import { react } from '@kruosar/eslint-config';

export default react;
