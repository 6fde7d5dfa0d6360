// Which program `web` and `start` use to show browser mode: Chromium as an app window when
// installed, else the system's opener. `serve` never calls this.

export interface OpenCommand {
  command: string;
  args: string[];
}

const APP_MODE_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

export function browserOpenCommand(
  url: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  which: (program: string) => string | null,
): OpenCommand | null {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  for (const name of APP_MODE_BROWSERS) {
    const path = which(name);
    if (path) return { command: path, args: [`--app=${url}`] };
  }
  const opener = which('xdg-open');
  return opener ? { command: opener, args: [url] } : null;
}
