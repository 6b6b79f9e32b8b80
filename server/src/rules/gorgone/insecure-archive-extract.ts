/** gorgone/insecure-archive-extract: `tar_insecure_extra_mode` lets received archives write outside their target folder. */
import { defineRule } from '../../core/rule';
import { GorgoneModel } from '../../formats/gorgone/model';
import { loadedModulesOfKind } from '../../formats/gorgone/modules';
import { removePair } from '../../formats/yaml/edits';
import { asScalar, getPair } from '../../formats/yaml/model';

/** The daemon's own test, `/^(?:1|true)$/`: case-sensitive, so `True` or `yes` leave the safe mode on. */
const ON = /^(?:1|true)$/;

export default defineRule<GorgoneModel>({
  id: 'gorgone/insecure-archive-extract',
  format: 'gorgone',
  severity: 'error',
  description: 'The action module extracts received archives in Archive::Tar\'s insecure mode.',
  rationale: 'The action module unpacks the archives the central server sends (configuration exports, remote copies). `tar_insecure_extra_mode: 1` or `true` sets `Archive::Tar::INSECURE_EXTRACT_MODE`, which honours `..` and absolute paths inside an archive: whoever can send one can overwrite any file the Sipmon-gorgone user can write. Remove the key.',
  messages: { on: 'tar_insecure_extra_mode "{{value}}" lets archive entries with ".." or absolute paths write anywhere; remove it.' },
  fixable: true,
  check({ model, text, report }) {
    for (const module of loadedModulesOfKind(model, 'action')) {
      const pair = getPair(module.map, 'tar_insecure_extra_mode');
      const value = asScalar(pair?.value);
      if (pair !== undefined && value !== undefined && ON.test(value.text)) {
        report({ messageId: 'on', data: { value: value.text }, span: value.span, fixes: [{ title: 'Remove tar_insecure_extra_mode', edits: [removePair(text, module.map, pair)] }] });
      }
    }
  },
});
