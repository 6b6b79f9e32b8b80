/** gorgone/zmq-no-authorized-clients: a ZMQ tcp listener whose `authorized_clients` list is missing, empty or a placeholder. */
import { defineRule } from '../../core/rule';
import { WorkspaceView } from '../../core/workspace';
import { GorgoneModel, isVaultReference } from '../../formats/gorgone/model';
import { configDLoadOrder, isInConfigD } from '../../formats/gorgone/siblings';
import { asMap, asScalar, asSeq, get, getPair, textAt, YamlNode } from '../../formats/yaml/model';

/** Template markers left unrendered: `@KEY@`, `--KEY--`, `${KEY}`, `__KEY__`, `<central thumbprint>`. */
const PLACEHOLDER = /^(@[^@]*@|--[A-Za-z0-9_]+--|\$\{[^}]*\}|__[A-Za-z0-9_]+__|<[^>]*>)$/;

/** Why a list item cannot be a client's key thumbprint, or undefined when it can. */
function itemProblem(item: YamlNode): string | undefined {
  const entry = asMap(item);
  if (entry === undefined) {
    const written = asScalar(item)?.text;
    // `- key:@X@` reads as the string "key:@X@": YAML needs a space after the colon.
    return written !== undefined && /^key:\S/.test(written) ? `is not a "key:" map ("${written}" needs a space after "key:")` : 'is not a "key:" map';
  }
  const pair = getPair(entry, 'key');
  const key = pair?.value;
  const scalar = asScalar(key);
  if (pair === undefined) {
    return 'has no key';
  }
  if (key === undefined || (scalar !== undefined && scalar.text.trim() === '')) {
    return 'has an empty key';
  }
  if (scalar === undefined) {
    return 'has a key that is not a string (an unquoted [PLACE HOLDER] is a list)';
  }
  if (scalar.tag === undefined && !isVaultReference(scalar) && (PLACEHOLDER.test(scalar.text) || /\s/.test(scalar.text))) {
    return `has the placeholder key "${scalar.text}"`;
  }
  return undefined;
}

interface MergedCore {
  /** `external_com_type` after the merge: the last file (by name) that sets it wins. */
  type: string | undefined;
  /** Whether another file contributes entries, or an included list: the daemon concatenates merged lists. */
  otherClients: boolean;
}

function mergedCore(model: GorgoneModel, text: string, path: string | undefined, workspace: WorkspaceView): MergedCore {
  const files = configDLoadOrder(path, workspace, text, model);
  let type: string | undefined;
  for (const file of files) {
    type = textAt(file.model.core, 'external_com_type') ?? type;
  }
  const otherClients = files.some((file) => {
    const value = get(file.model.core, 'authorized_clients');
    return !file.own && value !== undefined && (value.tag !== undefined || (asSeq(value)?.items.length ?? 0) > 0);
  });
  return { type, otherClients };
}

export default defineRule<GorgoneModel>({
  id: 'gorgone/zmq-no-authorized-clients',
  format: 'gorgone',
  severity: 'error',
  description: 'A ZMQ tcp listener has no usable authorized_clients entry.',
  rationale: 'With `external_com_type: tcp` the node listens for ZMQ connections from the central or a remote server, and accepts only clients whose public-key JWK thumbprint is listed in `authorized_clients`. A missing or empty list, or a placeholder such as `[PLACE HOLDER]`, `""` or `@KEYTHUMBPRINT@`, leaves the listener misconfigured. List the central server\'s thumbprint: `- key: <thumbprint>`.',
  messages: {
    missing: 'external_com_type is tcp but no authorized_clients is defined{{where}}: list the central server\'s key thumbprint (- key: <thumbprint>).',
    empty: 'authorized_clients is empty: list the central server\'s key thumbprint (- key: <thumbprint>).',
    notList: 'authorized_clients must be a list of "- key: <thumbprint>" entries.',
    badEntry: 'This authorized_clients entry {{problem}}: write "- key: <thumbprint>" with the central server\'s JWK thumbprint.',
  },
  fixable: false,
  check({ model, text, path, workspace, report }) {
    const ownType = asScalar(get(model.core, 'external_com_type'));
    const pair = getPair(model.core, 'authorized_clients');
    if ((ownType === undefined && pair === undefined) || pair?.value?.tag !== undefined) {
      // Nothing of the listener here, or a list included from elsewhere whose content is not known here.
      return;
    }
    const merged = mergedCore(model, text, path, workspace);
    if (merged.type !== 'tcp') {
      return;
    }
    const list = asSeq(pair?.value);
    const isNull = asScalar(pair?.value)?.value === null;
    if (pair?.value !== undefined && list === undefined && !isNull) {
      report({ messageId: 'notList', span: pair.value.span });
      return;
    }
    if (list === undefined || list.items.length === 0) {
      if (merged.otherClients) {
        return;
      }
      if (list !== undefined) {
        report({ messageId: 'empty', span: list.span });
      } else if (ownType?.text === 'tcp') {
        report({ messageId: 'missing', data: { where: isInConfigD(path) ? ' in any config.d file' : '' }, span: ownType.span });
      }
      return;
    }
    for (const item of list.items) {
      const problem = itemProblem(item);
      if (problem !== undefined) {
        report({ messageId: 'badEntry', data: { problem }, span: item.span });
      }
    }
  },
});
