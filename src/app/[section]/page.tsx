import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { KindIndex, MoreWaysIn } from '@/components/site/kinds';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { collections, kindOfFolder } from '@/lib/content/collections';
import { getDocs, indexedKinds, liveKinds } from '@/lib/content/store';

/* The list page of every kind of content page: /glossary, /guides, /compare ... */

export const dynamicParams = false;

type Props = { params: Promise<{ section: string }> };

export function generateStaticParams() {
  return indexedKinds().map((kind) => ({ section: collections[kind].folder }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = kindOfFolder((await params).section);
  if (!kind) return {};
  const { indexTitle, lead, index } = collections[kind];
  return { title: indexTitle, description: lead, alternates: { canonical: index } };
}

export default async function KindIndexPage({ params }: Props) {
  const kind = kindOfFolder((await params).section);
  if (!kind) notFound();
  const { indexTitle, lead, index, crumb } = collections[kind];
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: crumb, href: index },
        ]}
      />
      <PageTitle>{indexTitle}</PageTitle>
      <Lead>{lead}</Lead>
      <KindIndex kind={kind} docs={getDocs(kind)} />
      <MoreWaysIn kind={kind} live={liveKinds()} />
    </>
  );
}
