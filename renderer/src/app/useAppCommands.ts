import { useEffect, useRef } from 'react';
import { APP_COMMAND_EVENT, isAppCommand, type AppCommand } from '../../../shared/app-commands';

/** The desktop menu (File → New clipping, Import files…, Import folder…) arrives as a DOM event. */
export function useAppCommands(handlers: Record<AppCommand, () => void>): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onCommand = (event: Event) => {
      const command = (event as CustomEvent<unknown>).detail;
      if (isAppCommand(command) && !document.querySelector('dialog[open]')) current.current[command]();
    };
    window.addEventListener(APP_COMMAND_EVENT, onCommand);
    return () => window.removeEventListener(APP_COMMAND_EVENT, onCommand);
  }, []);
}
