import { contextBridge, ipcRenderer } from 'electron';
import { apiGlobalName } from '../shared/ipc/api';
import { engagementFilesOpenedChannel, menuCommandChannel } from '../shared/ipc/channels';
import { createApi } from '../shared/ipc/create-api';

// The one door between renderer and main: named, typed methods; never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  apiGlobalName,
  createApi(
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    (listener) => {
      const handler = (_event: unknown, command: unknown) => listener(command);
      ipcRenderer.on(menuCommandChannel, handler);
      return () => ipcRenderer.removeListener(menuCommandChannel, handler);
    },
    (listener) => {
      const handler = () => listener();
      ipcRenderer.on(engagementFilesOpenedChannel, handler);
      return () => ipcRenderer.removeListener(engagementFilesOpenedChannel, handler);
    },
  ),
);
