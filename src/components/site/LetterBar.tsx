import { letterId, letters } from '@/lib/content/alphabet';

const box = 'inline-flex h-10 min-w-10 items-center justify-center rounded font-semibold';

/** Jump links to each letter; letters with no entry are shown but are not links. */
export function LetterBar({ present }: { present: Set<string> }) {
  return (
    <nav aria-label="Jump to letter" className="print:hidden">
      <ul className="my-6 flex flex-wrap gap-1">
        {letters.map((letter) => (
          <li key={letter}>
            {present.has(letter) ? (
              <a
                href={`#${letterId(letter)}`}
                aria-label={letter === '#' ? 'Numbers' : letter}
                className={`${box} border border-line no-underline hover:bg-accent-soft`}
              >
                {letter}
              </a>
            ) : (
              <span aria-hidden="true" className={`${box} text-faint`}>
                {letter}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
