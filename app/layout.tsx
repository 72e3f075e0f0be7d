import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/lib/client/query-provider';
import { SiteHeader } from '@/components/layout/site-header';
import { getPublicConfig } from '@/lib/server/config';
import { Toaster } from '@/components/ui/toast';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Sandbox Console', template: '%s · Sandbox Console' },
  description: 'Create, view and manage Superserve sandboxes.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f7f7f8' },
    { media: '(prefers-color-scheme: dark)', color: '#0b0b0d' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read at request time, not at build time, so one build serves both local and remote mode. Pages and layouts
  // read server facts and pass them down as props: components never import lib/server (eslint.config.mjs).
  await connection();
  const config = getPublicConfig();
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <a
          href="#main"
          className="rounded-control bg-surface text-fg shadow-overlay sr-only z-50 px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to content
        </a>
        <QueryProvider>
          <SiteHeader config={config} />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-6xl px-4 py-8 outline-none sm:px-6 lg:px-8"
          >
            {children}
          </main>
          <Toaster />
        </QueryProvider>
      </body>
    </html>
  );
}
