'use client';

import dynamic from 'next/dynamic';

/** Pages up to this size render every row (find-in-page works, nothing to measure); larger ones virtualise. */
export const VIRTUALIZE_OVER = 50;

/**
 * VirtualRows with its code (and the virtualiser's) loaded only for a page over VIRTUALIZE_OVER rows: the default
 * page size never needs it. Rendered on the server like any component, so a large page's HTML still has its rows,
 * and Next preloads the chunk with that page; a switch to a larger page in the browser loads it then.
 */
export const VirtualRows = dynamic(() => import('./virtual-rows').then((m) => m.VirtualRows), {
  loading: () => null,
});
