/** A real client without pull diagnostics: Neovim 0.7's built-in LSP client (skipped where `nvim` is not installed). */
import * as assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { GORGONED, INSECURE } from '../../helpers/gorgoneTexts';
import { SERVER_MODULE } from '../../helpers/lspClient';
import { TempWorkspace } from '../../helpers/tempWorkspace';
import { requireOrSkip } from '../../helpers/paths';

/** Opens the file, waits for an error diagnostic (the settings raise the level), applies the first quick fix, waits for none. */
function script(file: string, report: string): string {
  return `
local report = {}
local client_id = vim.lsp.start_client({
  name = 'sipmon',
  cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(SERVER_MODULE)}, '--stdio' },
  settings = { sipmon = { rules = { ['gorgone/fingerprint-mode-always'] = 'error' } } },
  on_init = function(client) client.notify('workspace/didChangeConfiguration', { settings = client.config.settings }) end,
})
vim.cmd('edit ' .. ${JSON.stringify(file)})
vim.lsp.buf_attach_client(0, client_id)
vim.wait(10000, function() local found = vim.diagnostic.get(0); return #found > 0 and found[1].severity == vim.diagnostic.severity.ERROR end, 20)
report.diagnostics = vim.tbl_map(function(d) return { line = d.lnum, col = d.col, severity = d.severity, source = d.source } end, vim.diagnostic.get(0))
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, range = { start = { line = 3, character = 22 }, ['end'] = { line = 3, character = 28 } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(0, 3) } }
local answers = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 5000) or {}
report.actions = {}
for _, answer in pairs(answers) do
  for _, action in ipairs(answer.result or {}) do table.insert(report.actions, action.title) end
  if answer.result and answer.result[1] then vim.lsp.util.apply_workspace_edit(answer.result[1].edit, 'utf-16') end
end
report.fixedLine = vim.api.nvim_buf_get_lines(0, 3, 4, false)[1]
vim.wait(10000, function() return #vim.diagnostic.get(0) == 0 end, 20)
report.remaining = #vim.diagnostic.get(0)
vim.fn.writefile({ vim.fn.json_encode(report) }, ${JSON.stringify(report)})
vim.cmd('qa!')
`;
}

suite('LSP: Neovim 0.7 client', () => {
  test('diagnostics are pushed, settings apply, and a quick fix clears the finding', async function () {
    requireOrSkip(this, !spawnSync('nvim', ['--version']).error, 'nvim (Debian package neovim)');
    const workspace = new TempWorkspace();
    try {
      workspace.write(GORGONED, INSECURE);
      const reportPath = workspace.path('report.json');
      const scriptPath = workspace.path('init.lua');
      fs.writeFileSync(scriptPath, script(workspace.path(GORGONED), reportPath));
      await new Promise<void>((resolve, reject) => {
        execFile('nvim', ['--headless', '--clean', '-u', scriptPath], { timeout: 30000, cwd: workspace.root }, (error) => (error ? reject(error) : resolve()));
      });
      const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as { diagnostics: unknown[]; actions: string[]; fixedLine: string; remaining: number };
      assert.deepEqual(report.diagnostics, [{ line: 3, col: 22, severity: 1, source: 'sipmon' }]);
      assert.equal(report.actions[0], 'Set fingerprint_mode to "first"');
      assert.equal(report.fixedLine, '    fingerprint_mode: first');
      assert.equal(report.remaining, 0);
    } finally {
      workspace.remove();
    }
  });
});
