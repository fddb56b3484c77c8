import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Footer } from '@/components/site/Footer';
import { Header } from '@/components/site/Header';
import { SkipLink } from '@/components/site/SkipLink';
import { liveKinds } from '@/lib/content/store';
import { icons } from '@/lib/icon';
import { site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
  icons: icons.inline,
  openGraph: { siteName: site.name, locale: site.locale, type: 'website' },
  alternates: {
    types: {
      'application/atom+xml': [{ url: '/feed.xml', title: `${site.name}: new and updated pages` }],
    },
  },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language}>
      <body className="bg-canvas font-sans text-base/relaxed text-ink antialiased">
        <SkipLink />
        <Header kinds={liveKinds()} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-page px-4 py-6 focus:outline-none">
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}
