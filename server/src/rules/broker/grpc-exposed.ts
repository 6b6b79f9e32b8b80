/** broker/grpc-exposed: the unauthenticated gRPC admin API of a broker listens beyond loopback. */
import { defineRule } from '../../core/rule';
import { setValue } from '../../formats/broker/edits';
import { asObject, asScalar, BrokerModel, entryOf } from '../../formats/broker/model';
import { isLoopback, isPlaceholder } from '../../formats/broker/values';

export default defineRule<BrokerModel>({
  id: 'broker/grpc-exposed',
  format: 'broker',
  severity: 'error',
  description: 'grpc.listen_address is not a loopback address: the unauthenticated gRPC admin API is exposed.',
  rationale: 'Every broker runs a gRPC admin API (port 51000 + broker_id unless grpc.rpc_port says otherwise). It has no authentication, so anyone who reaches it can query and drive the broker. It listens on `localhost` unless `grpc.listen_address` says otherwise. Hardened: `"listen_address": "localhost"`, or no listen_address at all.',
  messages: {
    exposed: 'The gRPC admin API listens on {{address}}: it has no authentication, so anyone who reaches this port can drive the broker.',
  },
  fixable: true,
  check({ model, report }) {
    const entry = entryOf(asObject(entryOf(model.root, 'grpc')?.value), 'listen_address');
    const scalar = asScalar(entry?.value);
    const address = scalar?.type === 'string' ? scalar.text?.trim() : undefined;
    if (!entry || !scalar || address === undefined || address === '' || isPlaceholder(address) || isLoopback(address)) {
      return;
    }
    report({
      messageId: 'exposed',
      data: { address },
      span: scalar.span,
      fixes: [{ title: 'Listen on "localhost" only (remote tools lose access to the admin API)', edits: [setValue(entry, 'localhost')], needsJudgement: true }],
    });
  },
});
