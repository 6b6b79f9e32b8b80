/** Table tests for gorgone/duplicate-module, within one file and across a config.d folder. */
import rule from '../../../../server/src/rules/gorgone/duplicate-module';
import { testRule } from '../../../helpers/ruleTester';

const CONFIG_D = '/etc/Sipmon-gorgone/config.d';
const ACTION = '    - name: action\n      package: gorgone::modules::core::action::hooks\n      enable: true\n';
const ENGINE = '    - name: engine\n      package: gorgone::modules::Sipmon::engine::hooks\n      enable: true\n';
const modules = (...entries: string[]) => `gorgone:\n  modules:\n${entries.join('')}`;
const DISABLED_ACTION = ACTION.replace('enable: true', 'enable: false');

testRule(rule, {
  valid: [
    modules(ACTION, ENGINE),
    { name: 'the same package in a file outside config.d is not merged', code: modules(ACTION), path: '/srv/a/40-gorgoned.yaml', files: { '/srv/a/39-action.yaml': modules(ACTION) } },
    { name: 'a .yml sibling is not loaded', code: modules(ACTION), path: `${CONFIG_D}/40-gorgoned.yaml`, files: { [`${CONFIG_D}/39-action.yml`]: modules(ACTION) } },
    { name: 'a sibling sub-folder is not loaded', code: modules(ACTION), path: `${CONFIG_D}/40-gorgoned.yaml`, files: { [`${CONFIG_D}/cron.d/39-action.yaml`]: modules(ACTION) } },
    { name: 'an earlier disabled definition does not block this one', code: modules(ACTION), path: `${CONFIG_D}/40-gorgoned.yaml`, files: { [`${CONFIG_D}/39-action.yaml`]: modules(DISABLED_ACTION) } },
    { name: 'a later disabled duplicate loads nothing anyway', code: modules(ACTION, DISABLED_ACTION) },
    { name: 'this file wins: the later file is reported there', code: modules(ACTION), path: `${CONFIG_D}/39-action.yaml`, files: { [`${CONFIG_D}/40-gorgoned.yaml`]: modules(ACTION) } },
  ],
  invalid: [
    {
      name: 'twice in one file',
      code: modules(ACTION, ENGINE, ACTION),
      errors: [{ messageId: 'duplicate', line: 10, column: 16, endLine: 10, endColumn: 53, data: { package: 'gorgone::modules::core::action::hooks', winner: 'line 4 of this file' } }],
    },
    {
      name: 'an earlier config.d file wins',
      code: modules(ENGINE, ACTION),
      path: `${CONFIG_D}/40-gorgoned.yaml`,
      files: { [`${CONFIG_D}/39-action.yaml`]: `# packaged\n${modules(ACTION)}`, [`${CONFIG_D}/50-audit.yaml`]: modules(ENGINE) },
      errors: [{ messageId: 'duplicate', line: 7, column: 16, data: { package: 'gorgone::modules::core::action::hooks', winner: '39-action.yaml line 5' } }],
    },
    {
      name: 'flow modules',
      code: 'gorgone:\n  modules:\n    - { name: engine, package: gorgone::modules::Sipmon::engine::hooks, enable: true }\n    - { name: engine2, package: gorgone::modules::Sipmon::engine::hooks, enable: true }\n',
      errors: [{ messageId: 'duplicate', line: 4, column: 33, data: { package: 'gorgone::modules::Sipmon::engine::hooks', winner: 'line 3 of this file' } }],
    },
  ],
});
