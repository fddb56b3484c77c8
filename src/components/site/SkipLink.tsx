export function SkipLink() {
  return (
    <a
      href="#main"
      className="absolute -top-20 left-2 z-50 rounded bg-canvas px-4 py-2 font-semibold focus:top-2 print:hidden"
    >
      Skip to content
    </a>
  );
}
