// The preload exposes one function and nothing else: window.notebook.call(method, input).
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../../shared/ipc';

contextBridge.exposeInMainWorld('notebook', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, method, input),
});
