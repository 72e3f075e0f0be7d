/**
 * A tiny toast queue outside React, so any code (a mutation's onSuccess, a bulk runner) can call `toast(...)`.
 * Toasts are for background work; errors of an action belong next to that action (see DESIGN.md).
 */
export type ToastTone = 'success' | 'error' | 'info';

export type ToastInput = {
  title: string;
  description?: string;
  tone?: ToastTone;
  /** Milliseconds before it goes away on its own; errors stay longer. */
  duration?: number;
};

export type ToastItem = Required<Pick<ToastInput, 'title' | 'tone' | 'duration'>> & {
  id: number;
  description?: string;
};

const MAX_VISIBLE = 4;
let nextId = 1;
let items: ToastItem[] = [];
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function subscribeToasts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getToasts(): ToastItem[] {
  return items;
}

const EMPTY: ToastItem[] = [];
export function getServerToasts(): ToastItem[] {
  return EMPTY;
}

export function dismissToast(id: number): void {
  items = items.filter((item) => item.id !== id);
  emit();
}

export function toast(input: ToastInput): number {
  const tone = input.tone ?? 'info';
  const item: ToastItem = {
    id: nextId++,
    title: input.title,
    description: input.description,
    tone,
    duration: input.duration ?? (tone === 'error' ? 8000 : 5000),
  };
  items = [...items, item].slice(-MAX_VISIBLE);
  emit();
  return item.id;
}

toast.success = (title: string, description?: string) => toast({ title, description, tone: 'success' });
toast.error = (title: string, description?: string) => toast({ title, description, tone: 'error' });
toast.info = (title: string, description?: string) => toast({ title, description, tone: 'info' });
toast.dismiss = dismissToast;
