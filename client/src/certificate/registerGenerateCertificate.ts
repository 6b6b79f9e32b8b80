/** Registers "Sipmon: Generate self-signed cert" without loading it: the generator and its X.509 library load on first use. */
import { commands, Disposable } from 'vscode';
import type { GenerateCertificateResult } from './generateCertificateCommand';

export function registerGenerateCertificate(): Disposable {
  // Loading the X.509 library (with tsyringe and reflect-metadata) costs more than the rest of activation: no lint needs it.
  return commands.registerCommand('sipmon.generateCertificate', async (argument?: unknown): Promise<GenerateCertificateResult | undefined> => {
    const { generateCertificateCommand } = await import('./generateCertificateCommand.js');
    return generateCertificateCommand(argument);
  });
}
