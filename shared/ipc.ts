/** The one IPC channel between the desktop window and the core. */
export const IPC_CHANNEL = 'notebook:call';
