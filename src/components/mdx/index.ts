import { BottomLine } from './BottomLine';
import { KeyTakeaways } from './KeyTakeaways';
import { ParticipantRoles } from './ParticipantRoles';
import { QuestionsToAsk } from './QuestionsToAsk';
import { Role } from './Role';

/**
 * Every tag an editor may write in an entry. Editors never import: the
 * entry renderer (src/lib/content/render.tsx) resolves tag names here. The
 * allowed props are listed in src/lib/content/writer-tags.ts, which the
 * content check enforces.
 */
export const writerComponents = { KeyTakeaways, ParticipantRoles, Role, QuestionsToAsk, BottomLine };
