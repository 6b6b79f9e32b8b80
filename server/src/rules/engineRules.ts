/** Metadata of the findings the engine makes itself: a format's syntax errors and the suppression checks. */
import { RuleMeta } from '../core/rule';

/** The metadata of `<format>/syntax`, the finding for text the format's parser cannot read. */
export function syntaxRule(format: string, title: string): RuleMeta {
  return {
    id: `${format}/syntax`,
    format,
    severity: 'error',
    description: `${title} that the daemon cannot parse.`,
    rationale: 'A file the daemon cannot read is either refused at start-up or silently skipped, so none of its settings, hardened or not, apply. The other rules still check what could be parsed.',
    messages: {},
    fixable: false,
  };
}
