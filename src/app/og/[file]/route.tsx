import { ImageResponse } from 'next/og';
import { displayTitle } from '@/lib/content/display';
import { getTerm, getTerms } from '@/lib/content/load';
import { shareImagePath } from '@/lib/content/routes';
import { site } from '@/lib/site';

// One 1200×630 PNG per entry, drawn at build time and saved as /og/<slug>.png.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getTerms().map((term) => ({ file: shareImagePath(term.slug).split('/').pop()! }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const term = getTerm((await params).file.replace(/\.png$/, ''));
  if (!term) return new Response('Not found', { status: 404 });
  const title = displayTitle(term);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#ffffff',
        color: '#0f172a',
        borderTop: '24px solid #1d4ed8',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#1e40af' }}>{site.name} · Glossary term</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: title.length > 40 ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ marginTop: 28, fontSize: 34, lineHeight: 1.35, color: '#334155' }}>{term.description}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 26, color: '#475569' }}>{site.tagline}</div>
    </div>,
    { width: 1200, height: 630 },
  );
}
