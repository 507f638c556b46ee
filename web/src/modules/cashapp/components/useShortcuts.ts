import { useEffect, useRef } from 'react';

/** Keys of the reconciliation screen; digits 1–9 accept that suggestion. */
export interface ShortcutHandlers {
  next: () => void;
  prev: () => void;
  accept: (rank: number) => void;
  split: () => void;
  onAccount: () => void;
  notAr: () => void;
  undo: () => void;
  help: () => void;
}

/** Whether a key press belongs to a field or control the user is typing in (then shortcuts stay quiet). */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return target.closest('.ant-select, .ant-picker, .ant-modal') !== null;
}

/** Maps a key to a handler: j/k or the arrows move, Enter accepts the best suggestion, 1–9 another one. */
export function handleKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, h: ShortcutHandlers): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const k = e.key;
  if (k === 'j' || k === 'ArrowDown') h.next();
  else if (k === 'k' || k === 'ArrowUp') h.prev();
  else if (k === 'Enter') h.accept(0);
  else if (/^[1-9]$/.test(k)) h.accept(Number(k) - 1);
  else if (k === 's') h.split();
  else if (k === 'a') h.onAccount();
  else if (k === 'x') h.notAr();
  else if (k === 'u') h.undo();
  else if (k === '?') h.help();
  else return false;
  return true;
}

/** Listens on the window while {@code enabled} (no dialog open); the latest handlers are always used. */
export function useShortcuts(handlers: ShortcutHandlers, enabled: boolean) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target)) return;
      if (e.target instanceof HTMLButtonElement && e.key === 'Enter') return; // a focused button keeps its Enter
      if (handleKey(e, ref.current)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
