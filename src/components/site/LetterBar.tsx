import { letterId, letters } from '@/lib/content/alphabet';

/** Jump links to each letter; letters with no entry are shown but are not links. */
export function LetterBar({ present }: { present: Set<string> }) {
  return (
    <nav aria-label="Jump to letter" className="letter-bar">
      <ul>
        {letters.map((letter) => (
          <li key={letter}>
            {present.has(letter) ? (
              <a href={`#${letterId(letter)}`} aria-label={letter === '#' ? 'Numbers' : letter}>
                {letter}
              </a>
            ) : (
              <span aria-hidden="true">{letter}</span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
