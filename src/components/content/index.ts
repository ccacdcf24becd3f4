/**
 * The components content files may use (MDX), and nothing else: the Markdown
 * safety plugin refuses any other tag, naming the file. Each page passes the
 * same set to <Content components={...}>.
 */
import UrgentHelp from '../UrgentHelp.astro';
import Count from './Count.astro';
import StatusWords from './StatusWords.astro';
import SourceKinds from './SourceKinds.astro';
import OtherEditions from './OtherEditions.astro';
import Anchor from './Anchor.astro';

export const CONTENT_COMPONENTS = { UrgentHelp, Count, StatusWords, SourceKinds, OtherEditions, Anchor };
