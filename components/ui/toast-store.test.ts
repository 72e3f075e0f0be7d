import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismissToast, getToasts, subscribeToasts, toast } from './toast-store';

afterEach(() => {
  for (const item of getToasts()) dismissToast(item.id);
});

describe('toast store', () => {
  it('queues toasts with a tone and a longer life for errors', () => {
    toast.success('Sandbox created');
    toast.error('Could not pause', 'The sandbox is not active.');
    const [success, error] = getToasts();
    expect(success).toMatchObject({ title: 'Sandbox created', tone: 'success', duration: 5000 });
    expect(error).toMatchObject({ title: 'Could not pause', tone: 'error', duration: 8000 });
    expect(error?.description).toBe('The sandbox is not active.');
  });

  it('notifies subscribers and stops after unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToasts(listener);
    const id = toast.info('Refreshing');
    dismissToast(id);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    toast.info('Again');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps only the newest few on screen', () => {
    for (let index = 1; index <= 6; index += 1) toast.info(`Toast ${index}`);
    expect(getToasts().map((item) => item.title)).toEqual(['Toast 3', 'Toast 4', 'Toast 5', 'Toast 6']);
  });

  it('returns a new array on every change, so React sees it', () => {
    const before = getToasts();
    toast.info('New');
    expect(getToasts()).not.toBe(before);
  });
});
