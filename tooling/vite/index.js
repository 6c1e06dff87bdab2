// Build plugins every portal shares: precompressed copies for the server, and a first-load JavaScript budget.
export { precompress } from './precompress.js';
export { bundleBudget, firstLoadChunks, measureFirstLoad } from './bundle-budget.js';
