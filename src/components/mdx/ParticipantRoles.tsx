import type { ReactNode } from 'react';
import { Table, Th } from '@/components/prose';

/** A table of who does what; its rows are <Role> tags. */
export function ParticipantRoles({ caption, children }: { caption: string; children?: ReactNode }) {
  return (
    <Table>
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead className="[&_th]:border-b-2">
        <tr>
          <Th scope="col">Participant</Th>
          <Th scope="col">Typical role</Th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </Table>
  );
}
