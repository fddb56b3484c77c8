import type { ReactNode } from 'react';

/** A table of who does what; its rows are <Role> tags. */
export function ParticipantRoles({ caption, children }: { caption: string; children?: ReactNode }) {
  return (
    <table className="roles">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Participant</th>
          <th scope="col">Typical role</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
