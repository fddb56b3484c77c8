import type { ReactNode } from 'react';

/** One row of <ParticipantRoles>: the participant and what it does. */
export function Role({ name, children }: { name: string; children?: ReactNode }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{children}</td>
    </tr>
  );
}
