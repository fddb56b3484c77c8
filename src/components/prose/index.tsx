import type { ComponentProps } from 'react';

/**
 * Running text, styled once: the element overrides MDX bodies get through
 * src/mdx-components.tsx, and the same elements for pages written in TSX
 * (the trust pages), so all prose on the site reads alike.
 */
export const H2 = (props: ComponentProps<'h2'>) => (
  <h2 {...props} className="mt-10 mb-3 scroll-mt-4 text-2xl/snug font-semibold" />
);
export const H3 = (props: ComponentProps<'h3'>) => (
  <h3 {...props} className="mt-6 mb-2 scroll-mt-4 text-xl font-semibold" />
);
export const P = (props: ComponentProps<'p'>) => <p {...props} className="my-4" />;
export const Ul = (props: ComponentProps<'ul'>) => (
  <ul {...props} className="my-4 list-disc pl-6" />
);
export const Ol = (props: ComponentProps<'ol'>) => (
  <ol {...props} className="my-4 list-decimal pl-6" />
);
export const Li = (props: ComponentProps<'li'>) => <li {...props} className="my-1.5 pl-1" />;
export const Strong = (props: ComponentProps<'strong'>) => (
  <strong {...props} className="font-semibold" />
);
export const Table = (props: ComponentProps<'table'>) => (
  <table {...props} className="my-4 w-full border-collapse text-base" />
);
export const Thead = (props: ComponentProps<'thead'>) => (
  <thead {...props} className="[&_th]:border-b-2" />
);
export const Th = (props: ComponentProps<'th'>) => (
  <th {...props} className="border-b border-line p-2 text-left align-top font-semibold" />
);
export const Td = (props: ComponentProps<'td'>) => (
  <td {...props} className="border-b border-line p-2 text-left align-top" />
);

/** The overrides by element name, as MDX wants them. */
export const proseElements = {
  h2: H2,
  h3: H3,
  p: P,
  ul: Ul,
  ol: Ol,
  li: Li,
  strong: Strong,
  table: Table,
  thead: Thead,
  th: Th,
  td: Td,
};
