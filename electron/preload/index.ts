// Sandboxed preload: one CommonJS file, no npm imports. It exposes exactly two functions.
// The main process validates the method name and input against the contract.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

contextBridge.exposeInMainWorld('werkstatt', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('werkstatt:call', method, input),
  subscribe: (listener: (event: unknown) => void): (() => void) => {
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on('werkstatt:event', wrapped);
    return () => ipcRenderer.removeListener('werkstatt:event', wrapped);
  },
});
