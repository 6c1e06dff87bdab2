// Registers the hive's service worker (dist/sw.js, made by vite-plugin-pwa), which keeps the app shell on the phone
// so the portal opens with no network. Plain navigator.serviceWorker: workbox-window would cost first-load bytes.
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  // After load, so installing (and fetching the shell for the cache) never competes with the first screen.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined); // still works online
  });
}
