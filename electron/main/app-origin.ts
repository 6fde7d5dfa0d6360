// The desktop window loads the renderer from app://notebook/, a privileged scheme we serve
// ourselves (so the same CSP header applies as in browser mode).
export const APP_SCHEME = 'app';
export const APP_HOST = 'notebook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;
