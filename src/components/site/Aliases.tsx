export function Aliases({ aliases }: { aliases?: string[] }) {
  if (!aliases?.length) return null;
  return (
    <p className="aliases">
      Also called:{' '}
      <span data-pagefind-meta="aliases" data-pagefind-weight="8">
        {aliases.join(', ')}
      </span>
    </p>
  );
}
