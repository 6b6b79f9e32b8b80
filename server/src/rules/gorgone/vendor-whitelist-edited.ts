/** gorgone/vendor-whitelist-edited: entries added to the packaged whitelist.conf.d/Sipmon.yaml are lost on the next upgrade. */
import { lineBreakOf, lineSpanAt } from '../../core/text';
import { defineRule } from '../../core/rule';
import { Edit, Fix } from '../../core/types';
import { GorgoneModel } from '../../formats/gorgone/model';
import { isPackagedWhitelistPath, PACKAGED_WHITELIST } from '../../formats/gorgone/packagedWhitelist';
import { splitPath } from '../../formats/gorgone/siblings';
import { shortRegex } from '../../formats/gorgone/whitelist';
import { YamlScalar } from '../../formats/yaml/model';

const CUSTOM_FILE = 'custom.yaml';

/** Removes an item's whole line, when the item stands alone on it after its `- ` (a block list, no trailing content). */
function removeItemLine(text: string, item: YamlScalar): Edit | undefined {
  const line = lineSpanAt(text, item.span.start);
  const before = text.slice(line.start, item.span.start);
  const after = text.slice(item.span.end, lineSpanAt(text, item.span.end).end);
  if (!/^\s*-\s+$/.test(before) || !/^\s*(#.*)?$/.test(after) || /[\r\n]/.test(text.slice(item.span.start, item.span.end))) {
    return undefined;
  }
  const end = line.end + (text.startsWith('\r\n', line.end) ? 2 : line.end < text.length ? 1 : 0);
  return { span: { start: line.start, end }, text: '' };
}

/** Moves every added entry, as written, to custom.yaml; undefined when one of them cannot be cut out cleanly. */
function moveFix(text: string, path: string, added: YamlScalar[]): Fix | undefined {
  const edits = added.flatMap((item) => removeItemLine(text, item) ?? []);
  if (edits.length !== added.length) {
    return undefined;
  }
  const eol = lineBreakOf(text);
  const { folder, separator } = splitPath(path);
  const lines = [
    '# Commands allowed in addition to the packaged whitelist (moved out of Sipmon.yaml, which package upgrades replace).',
    ...added.map((item) => `- ${text.slice(item.span.start, item.span.end)}`),
  ];
  return {
    title: `Move ${added.length === 1 ? 'the added entry' : `the ${added.length} added entries`} to whitelist.conf.d/${CUSTOM_FILE}`,
    edits,
    newFiles: [{ path: `${folder}${separator}${CUSTOM_FILE}`, text: lines.join(eol) + eol }],
    needsJudgement: true,
  };
}

export default defineRule<GorgoneModel>({
  id: 'gorgone/vendor-whitelist-edited',
  format: 'gorgone',
  severity: 'info',
  description: 'The packaged whitelist.conf.d/Sipmon.yaml holds entries the package does not ship.',
  rationale: 'whitelist.conf.d/Sipmon.yaml belongs to the Gorgone package ("SHOULD NOT BE EDITED! CREATE YOUR OWN FILE"): an upgrade replaces it, and the commands added to it stop being allowed. Every `*.yaml` file of whitelist.conf.d is included, so keep local entries in a file of your own such as `whitelist.conf.d/custom.yaml`.',
  messages: {
    added: 'Entry "{{regex}}" is not in the packaged whitelist: the package replaces Sipmon.yaml on upgrade and drops it; move it to whitelist.conf.d/custom.yaml.',
    addedByHand: 'Entry "{{regex}}" is not in the packaged whitelist: the package replaces Sipmon.yaml on upgrade and drops it; move it by hand to the existing whitelist.conf.d/custom.yaml.',
  },
  fixable: true,
  check({ model, text, path, workspace, report }) {
    if (!isPackagedWhitelistPath(path) || model.whitelist === undefined) {
      return;
    }
    const added = model.whitelist.items.flatMap((item) => (item.kind === 'scalar' && !PACKAGED_WHITELIST.has(item.text) ? [item] : []));
    if (added.length === 0) {
      return;
    }
    const { folder, separator } = splitPath(path);
    const customExists = workspace.readFile(`${folder}${separator}${CUSTOM_FILE}`) !== undefined;
    const fix = customExists ? undefined : moveFix(text, path, added);
    for (const item of added) {
      report({ messageId: customExists ? 'addedByHand' : 'added', data: { regex: shortRegex(item.text) }, span: item.span, fixes: fix ? [fix] : [] });
    }
  },
});
