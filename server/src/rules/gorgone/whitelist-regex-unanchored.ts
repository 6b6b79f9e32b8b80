/** gorgone/whitelist-regex-unanchored: an allowed-command regex that lets extra commands be chained after the allowed one. */
import { defineRule } from '../../core/rule';
import { Fix } from '../../core/types';
import { judgeCommandRegex, RegexVerdict } from '../../formats/gorgone/commandRegex';
import { GorgoneModel } from '../../formats/gorgone/model';
import { isPackagedWhitelistPath, PACKAGED_WHITELIST } from '../../formats/gorgone/packagedWhitelist';
import { shortRegex, whitelistEntries, wrapScalarContent } from '../../formats/gorgone/whitelist';
import { YamlScalar } from '../../formats/yaml/model';

/** Closes the end with optional trailing blanks, as the packaged entries do. */
const END_ANCHOR = '\\s*$';

function anchorFix(text: string, scalar: YamlScalar, verdict: RegexVerdict): Fix[] {
  if (!verdict.anchorable) {
    return [];
  }
  const edits = wrapScalarContent(text, scalar, verdict.missingStart ? '^' : '', verdict.missingEnd ? END_ANCHOR : '');
  return edits ? [{ title: 'Anchor the regex with ^…\\s*$', edits, needsJudgement: true }] : [];
}

export default defineRule<GorgoneModel>({
  id: 'gorgone/whitelist-regex-unanchored',
  format: 'gorgone',
  severity: 'warning',
  description: 'An allowed_cmds regex is not anchored with ^…$, or accepts anything after its prefix.',
  rationale: 'The action module authorises a command when it matches any `allowed_cmds` regex, and matches them unanchored. A regex without `^` and `$`, or ending in `.*`, lets a shell chain ride along: `^mkdir` accepts `mkdir x && curl … | sh`. Anchor each entry at both ends (`^…\\s*$`) and describe its arguments precisely.',
  messages: {
    matchesAll: 'Allowed command regex "{{regex}}" matches every command.',
    openEnd: 'Allowed command regex "{{regex}}" accepts anything after its prefix (e.g. "; rm -rf /"); describe the arguments instead of ending in .* or .+.',
    unanchored: 'Allowed command regex "{{regex}}" is not anchored with ^…$: a command that merely contains it passes (e.g. "{{example}}").',
  },
  fixable: true,
  check({ model, text, path, report }) {
    // The package rewrites its own file on upgrade: editing a shipped entry there would not last.
    const shipped = isPackagedWhitelistPath(path) ? PACKAGED_WHITELIST : new Set<string>();
    // Generated and copied configurations repeat the same few regexes in every action module: judge each once.
    const verdicts = new Map<string, ReturnType<typeof judgeCommandRegex>>();
    for (const { scalar } of whitelistEntries(model)) {
      if (!verdicts.has(scalar.text)) {
        verdicts.set(scalar.text, judgeCommandRegex(scalar.text));
      }
      const verdict = verdicts.get(scalar.text);
      if (verdict === undefined) {
        continue;
      }
      const example = verdict.missingEnd ? '<allowed>; rm -rf /' : 'rm -rf / #<allowed>';
      report({ messageId: verdict.weakness, data: { regex: shortRegex(scalar.text), example }, span: scalar.span, fixes: shipped.has(scalar.text) ? [] : anchorFix(text, scalar, verdict) });
    }
  },
});
