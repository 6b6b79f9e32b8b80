/** The committed schema and manifest lists match the registries: adding a rule or a format without regenerating fails here. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../../server/src/docs';
import { DEFAULT_MAX_FILE_SIZE, defaultSettings, TLS_PROFILES } from '../../../server/src/core/config';
import { generatedFiles, MANIFEST_FILE, SCHEMA_FILE, withAssociationFormats } from '../../../server/src/tools/generateSchema';

const REGENERATE = 'run `node out/server/src/tools/generateSchema.js` after `npx tsc -b`';

suite('generated schema', () => {
  for (const { file, expected } of generatedFiles()) {
    test(`${file} is up to date`, () => {
      const committed = fs.readFileSync(path.join(packageRoot, file), 'utf8');
      assert.ok(committed === expected, `${file} differs from what the registries give: ${REGENERATE}`);
    });
  }

  test('the schema lists every rule id and format id', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(packageRoot, SCHEMA_FILE), 'utf8')) as {
      properties: { rules: { properties: Record<string, { enum: string[] }> }; associations: { additionalProperties: { enum: string[] } } };
    };
    const rules = schema.properties.rules.properties;
    assert.ok(rules['gorgone/fingerprint-mode-always'], 'a registered rule is missing');
    assert.deepEqual(rules['gorgone/fingerprint-mode-always'].enum, ['error', 'warning', 'info', 'off']);
    assert.ok(schema.properties.associations.additionalProperties.enum.includes('gorgone'));
  });

  test('the editor setting sipmon.tlsProfile offers the profiles the schema offers, with the same default', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(packageRoot, SCHEMA_FILE), 'utf8')) as { properties: { tlsProfile: { enum: string[]; default: string } } };
    const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot, MANIFEST_FILE), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { enum?: string[]; enumDescriptions?: string[]; default?: unknown; scope?: string }> } };
    };
    const setting = manifest.contributes.configuration.properties['sipmon.tlsProfile'];
    assert.ok(setting, 'package.json does not contribute sipmon.tlsProfile');
    assert.deepEqual(setting.enum, [...TLS_PROFILES]);
    assert.deepEqual(schema.properties.tlsProfile.enum, [...TLS_PROFILES]);
    assert.equal(setting.enumDescriptions?.length, TLS_PROFILES.length);
    assert.equal(setting.default, defaultSettings.tlsProfile);
    assert.equal(schema.properties.tlsProfile.default, defaultSettings.tlsProfile);
    assert.equal(setting.scope, 'resource');
  });

  test('the editor setting sipmon.maxFileSize and the schema\'s maxFileSize agree with the engine\'s default', () => {
    type Limit = { type?: string; minimum?: number; default?: unknown; scope?: string };
    const schema = JSON.parse(fs.readFileSync(path.join(packageRoot, SCHEMA_FILE), 'utf8')) as { properties: { maxFileSize?: Limit } };
    const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot, MANIFEST_FILE), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, Limit | undefined> } };
    };
    const setting = manifest.contributes.configuration.properties['sipmon.maxFileSize'];
    assert.ok(setting, 'package.json does not contribute sipmon.maxFileSize');
    assert.ok(schema.properties.maxFileSize, 'the schema lacks maxFileSize');
    for (const limit of [setting, schema.properties.maxFileSize]) {
      assert.deepEqual([limit.type, limit.minimum, limit.default], ['integer', 1, DEFAULT_MAX_FILE_SIZE]);
    }
    assert.equal(DEFAULT_MAX_FILE_SIZE, 5 * 1024 * 1024);
    assert.equal(setting.scope, 'resource');
  });

  test('rewriting the format ids changes nothing else in package.json', () => {
    const manifest = fs.readFileSync(path.join(packageRoot, MANIFEST_FILE), 'utf8');
    const rewritten = withAssociationFormats(manifest, ['first', 'second']);
    const before = JSON.parse(manifest) as { contributes: { configuration: { properties: Record<string, { additionalProperties: { enum: string[] } }> } } };
    const after = JSON.parse(rewritten) as typeof before;
    assert.deepEqual(after.contributes.configuration.properties['sipmon.files.associations'].additionalProperties.enum, ['first', 'second']);
    after.contributes.configuration.properties['sipmon.files.associations'].additionalProperties.enum = before.contributes.configuration.properties['sipmon.files.associations'].additionalProperties.enum;
    assert.deepEqual(after, before);
    assert.equal(withAssociationFormats(rewritten, before.contributes.configuration.properties['sipmon.files.associations'].additionalProperties.enum), manifest);
  });
});
