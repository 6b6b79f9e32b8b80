/** fail2ban/ignoreip-too-broad: `ignoreip` exempts 0.0.0.0/0, ::/0 or a range wider than /8 from bans. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { broadRange, removeToken, tokensOf } from '../../formats/fail2ban/addresses';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { liveEntries } from '../../formats/fail2ban/values';

export default defineRule<IniDocument>({
  id: 'fail2ban/ignoreip-too-broad',
  format: 'fail2ban',
  severity: 'warning',
  description: 'ignoreip holds 0.0.0.0/0, ::/0 or an IPv4/IPv6 prefix shorter than /8.',
  rationale: 'Addresses matching `ignoreip` are never banned. `0.0.0.0/0` or `::/0` exempts everybody, and a prefix shorter than /8 exempts a large part of the Internet, so brute force goes unpunished. List only the administrators\' hosts or networks (and 127.0.0.1/8 ::1).',
  messages: { broad: 'ignoreip holds {{range}}: {{what}} is never banned. List only the administrators\' hosts.' },
  fixable: true,
  check(context) {
    const config = jailConfiguration(context);
    for (const entry of liveEntries(config, new Set(['ignoreip']))) {
      const tokens = tokensOf(entry);
      for (const [index, token] of tokens.entries()) {
        const what = broadRange(token.text);
        if (what === undefined) {
          continue;
        }
        context.report({
          messageId: 'broad',
          data: { range: token.text, what },
          span: token.span,
          fixes: [{ title: `Remove ${token.text} from ignoreip`, edits: [removeToken(context.text, tokens, index)] }],
        });
      }
    }
  },
});
