/** apache/base-uri-invalid: `Define base_uri` is empty or `/`, though the product needs at least one path level. */
import { defineRule } from '../../core/rule';
import { replaceArguments } from '../../formats/apache/edits';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';

const DEFAULT_BASE_URI = '"/Sipmon"';

export default defineRule<ApacheModel>({
  id: 'apache/base-uri-invalid',
  format: 'apache',
  severity: 'warning',
  description: 'Define base_uri is empty or "/", though the product needs at least one path level.',
  rationale: 'The vhost builds every product URL from `${base_uri}`: its Aliases, the PHP and API `LocationMatch` rules, the error page and the redirect of `/`. The guide requires at least one path level (`/Sipmon`, `/monitoring`); with `/` or nothing, the aliases and PHP rules cover the whole site and the `/` redirect loops.',
  messages: { invalid: 'base_uri {{value}} has no path level; the product needs one, e.g. "/Sipmon" (the guide\'s default).' },
  fixable: true,
  check({ model, report }) {
    for (const directive of directivesNamed(model, 'define').filter((define) => define.args[0]?.value === 'base_uri')) {
      const value = directive.args[1];
      if ((value?.value ?? '').replace(/\//g, '').trim() === '') {
        report({
          messageId: 'invalid',
          data: { value: value ? `"${value.value}"` : '(no value)' },
          span: value?.span ?? directive.span,
          fixes: [{ title: `Define base_uri ${DEFAULT_BASE_URI} (the product's URLs change)`, edits: [replaceArguments(directive, `base_uri ${DEFAULT_BASE_URI}`)], needsJudgement: true }],
        });
      }
    }
  },
});
