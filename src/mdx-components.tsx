import type { MDXComponents } from 'mdx/types';
import { writerComponents } from '@/components/mdx';

// Required by @next/mdx in the App Router: the components every entry can use.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components, ...writerComponents };
}
