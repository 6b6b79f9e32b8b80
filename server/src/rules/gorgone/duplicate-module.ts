/** gorgone/duplicate-module: a module package defined twice across config.d; the daemon loads the first and ignores the rest. */
import { defineRule } from '../../core/rule';
import { lineNumberAt } from '../../core/text';
import { GorgoneModel, GorgoneModule } from '../../formats/gorgone/model';
import { isLoaded } from '../../formats/gorgone/modules';
import { configDLoadOrder, LoadedFile } from '../../formats/gorgone/siblings';
import { textAt } from '../../formats/yaml/model';

interface Definition {
  module: GorgoneModule;
  file: LoadedFile;
}

function lineOf(definition: Definition): number {
  const offset = definition.module.packagePair?.keySpan.start ?? definition.module.map.span.start;
  return lineNumberAt(definition.file.text, offset);
}

export default defineRule<GorgoneModel>({
  id: 'gorgone/duplicate-module',
  format: 'gorgone',
  severity: 'warning',
  description: 'A module package is defined more than once across config.d; only the first definition is loaded.',
  rationale: 'Gorgone loads the modules of all config.d files in file-name order. When a second enabled entry has the same `package`, the daemon logs "Package \'…\' already loaded" and silently drops it, settings included: a hardened `action` module in 40-gorgoned.yaml is ignored if 39-action.yaml defines an unrestricted one. Merge the definitions into one.',
  messages: { duplicate: 'Module {{package}} is already loaded from {{winner}}: the daemon ignores this definition and its settings; merge the two.' },
  fixable: false,
  check({ model, text, path, workspace, report }) {
    const winners = new Map<string, Definition>();
    // Load order: config.d files by name, then list order within a file.
    const definitions = configDLoadOrder(path, workspace, text, model).flatMap((file) => file.model.modules.map((module) => ({ module, file })));
    for (const definition of definitions) {
      const { module } = definition;
      // A definition without a name, or not enabled, never registers its package, so it does not block a later one.
      if (module.package === undefined || module.package === '' || !textAt(module.map, 'name') || !isLoaded(module)) {
        continue;
      }
      const winner = winners.get(module.package);
      if (winner === undefined) {
        winners.set(module.package, definition);
      } else if (definition.file.own) {
        const where = winner.file.own ? `line ${lineOf(winner)} of this file` : `${winner.file.name} line ${lineOf(winner)}`;
        report({ messageId: 'duplicate', data: { package: module.package, winner: where }, span: module.packagePair?.value?.span ?? module.map.span });
      }
    }
  },
});
