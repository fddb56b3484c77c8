export function Aliases({ aliases }: { aliases?: string[] }) {
  if (!aliases?.length) return null;
  return (
    <p className="mt-2 text-sm text-muted">
      Also called:{' '}
      <span data-pagefind-meta="aliases" data-pagefind-weight="8">
        {aliases.join(', ')}
      </span>
    </p>
  );
}
