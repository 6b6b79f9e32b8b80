/** broker/mismatched-peers: an input and an output of one platform on the same port whose TLS or negotiation cannot agree. */
import { defineRule } from '../../core/rule';
import { Span } from '../../core/types';
import { BrokerModel, BrokerSyntax, Direction, Endpoint, entryOf, textOf } from '../../formats/broker/model';
import { platformFiles } from '../../formats/broker/siblings';
import { endpointAnchor, endpointLabel, isBbdoTcp, isPlaceholder, Mode, modeOf, negotiationOn, spanOf } from '../../formats/broker/values';

interface Settings {
  tls: Mode | undefined;
  compression: Mode | undefined;
  negotiation: boolean | undefined;
}

function settingsOf(endpoint: Endpoint, syntax: BrokerSyntax): Settings {
  return {
    tls: modeOf(entryOf(endpoint.object, 'tls'), syntax),
    compression: modeOf(entryOf(endpoint.object, 'compression'), syntax),
    negotiation: negotiationOn(endpoint),
  };
}

/** The BBDO port an endpoint listens on or connects to; undefined when unknown. */
function portOf(endpoint: Endpoint): string | undefined {
  const port = textOf(endpoint.object, 'port')?.trim();
  return port === undefined || port === '' || isPlaceholder(port) || !isBbdoTcp(endpoint) ? undefined : port;
}

/** Endpoints of one direction by known port, in file order. */
type ByPort = Map<string, Endpoint[]>;

/** A file's endpoints indexed once, so each endpoint meets only the peers of the other direction on its port (not every endpoint of every file). */
function peersIndex(model: BrokerModel): Record<Direction, ByPort> {
  const index: Record<Direction, ByPort> = { input: new Map(), output: new Map() };
  for (const endpoint of model.endpoints) {
    const port = portOf(endpoint);
    if (port !== undefined) {
      const byPort = index[endpoint.direction];
      const sharing = byPort.get(port);
      if (sharing) {
        sharing.push(endpoint);
      } else {
        byPort.set(port, [endpoint]);
      }
    }
  }
  return index;
}

const OPPOSITE: Record<Direction, Direction> = { input: 'output', output: 'input' };

type Conflict = 'tls' | 'negotiation' | 'autoWithoutNegotiation';

/** What keeps the two ends from agreeing ([daemon] extensions apply only if both peers announce them). */
function conflictOf(mine: Settings, theirs: Settings): Conflict | undefined {
  if ((mine.tls === 'yes' && theirs.tls === 'no') || (mine.tls === 'no' && theirs.tls === 'yes')) {
    return 'tls';
  }
  if (mine.negotiation === undefined || theirs.negotiation === undefined) {
    return undefined;
  }
  if (mine.negotiation !== theirs.negotiation) {
    return 'negotiation';
  }
  const modes = [mine.tls, mine.compression, theirs.tls, theirs.compression];
  return !mine.negotiation && modes.includes('auto') ? 'autoWithoutNegotiation' : undefined;
}

function describeTls(mode: Mode | undefined): string {
  return mode === 'no' ? 'no TLS' : `tls "${mode}"`;
}

export default defineRule<BrokerModel>({
  id: 'broker/mismatched-peers',
  format: 'broker',
  severity: 'warning',
  description: 'An input and an output of the platform on the same port have TLS or negotiation settings that cannot agree.',
  rationale: 'An extension (TLS, compression) is applied only if both peers announce it: `yes` is always announced, `auto` only with negotiation on. `tls: yes` facing `tls: no` only logs an error and carries on unencrypted; negotiation on one side and not on the other, or negotiation off with `auto`, silently leaves `auto` TLS and compression off. The broker source ships a consistency checker (check_broker_config.py) that flags the same pairs. Files of one folder are taken as one platform. Hardened: the same values on both ends: `tls: yes` (or `auto`), `negotiation: yes`.',
  messages: {
    tls: 'This {{endpoint}} has {{mine}} but the {{peer}} on port {{port}}{{where}} has {{theirs}}: TLS is mandatory on one end and off on the other, so the link stays unencrypted (Broker only logs an error).',
    negotiation: 'Negotiation is {{mine}} on this {{endpoint}} but {{theirs}} on the {{peer}} on port {{port}}{{where}}: "auto" TLS and compression are never agreed on.',
    autoWithoutNegotiation: 'Negotiation is off on this {{endpoint}} and on the {{peer}} on port {{port}}{{where}}, yet TLS or compression is "auto": "auto" is never announced without negotiation, so it stays off.',
  },
  fixable: false,
  check({ model, path, workspace, report }) {
    const files = platformFiles(path, workspace, model).map((file) => ({ file, peers: peersIndex(file.model) }));
    for (const endpoint of model.endpoints) {
      const port = portOf(endpoint);
      if (port === undefined) {
        continue;
      }
      const mine = settingsOf(endpoint, model.syntax);
      for (const { file, peers } of files) {
        for (const peer of peers[OPPOSITE[endpoint.direction]].get(port) ?? []) {
          const theirs = settingsOf(peer, file.model.syntax);
          const conflict = conflictOf(mine, theirs);
          if (conflict === undefined) {
            continue;
          }
          const onOff = (on: boolean | undefined) => (on ? 'on' : 'off');
          const data = {
            endpoint: endpointLabel(endpoint),
            peer: endpointLabel(peer),
            port,
            where: file.own ? ' in this file' : ` in ${file.name}`,
            mine: conflict === 'tls' ? describeTls(mine.tls) : onOff(mine.negotiation),
            theirs: conflict === 'tls' ? describeTls(theirs.tls) : onOff(theirs.negotiation),
          };
          const key = conflict === 'tls' ? 'tls' : 'negotiation';
          const entry = entryOf(endpoint.object, key);
          const span: Span = entry ? spanOf(entry) : endpointAnchor(endpoint);
          report({ messageId: conflict, data, span });
        }
      }
    }
  },
});
