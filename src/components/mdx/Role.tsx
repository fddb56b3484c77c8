import type { ReactNode } from 'react';
import { Td, Th } from '@/components/prose';

/** One row of <ParticipantRoles>: the participant and what it does. */
export function Role({ name, children }: { name: string; children?: ReactNode }) {
  return (
    <tr>
      <Th scope="row">{name}</Th>
      <Td>{children}</Td>
    </tr>
  );
}
