import type { ComponentProps, ReactNode } from 'react';

/** A page's one h1 (extra attributes, such as search weights, go on the heading). */
export function PageTitle(props: ComponentProps<'h1'>) {
  return <h1 {...props} className="text-title font-bold" />;
}

/** The sentence under the title that says what the page is for. */
export function Lead({ children, ...rest }: { children: ReactNode } & ComponentProps<'p'>) {
  return (
    <p {...rest} className="mt-3 text-xl text-muted">
      {children}
    </p>
  );
}
