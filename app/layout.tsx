import type { Metadata, Viewport } from 'next';
import { ThemeProvider } from 'next-themes';
import type { ReactNode } from 'react';
import { THEME_STORAGE_KEY } from '@/lib/client/theme';
import { pageNonce } from '@/lib/server/page-nonce';
import { QueryProvider } from '@/lib/client/query-provider';
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

/**
 * The document: what every page shares. The dashboard's pages add the header, the account pages do not.
 *
 * The theme: next-themes puts a small inline script first in the body that sets `dark` or `light` on <html> from
 * the remembered choice (or the system's) before anything paints, so no page flashes the wrong theme. It runs only
 * with this response's CSP nonce, read back from the policy proxy.ts made. <html> is told not to warn about the
 * class the script adds before React hydrates.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = await pageNonce();
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh">
        <ThemeProvider
          attribute="class"
          defaultTheme="system"
          enableSystem
          disableTransitionOnChange
          storageKey={THEME_STORAGE_KEY}
          nonce={nonce}
        >
          <a
            href="#main"
            className="rounded-control bg-surface text-fg shadow-overlay sr-only z-50 px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
          >
            Skip to content
          </a>
          <QueryProvider>
            {children}
            <Toaster />
          </QueryProvider>
        </ThemeProvider>
      </body>
    </html>
  );
}
