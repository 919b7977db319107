/**
 * What the language-server tests share: the two servers they start (this
 * package's and the stock remark-language-server, for comparison), clients
 * that are all stopped after the file, and a comparable form of diagnostics.
 */
import path from 'node:path'
import type {Diagnostic} from 'vscode-languageserver-protocol'
import {PACKAGE_ROOT} from '../../fixtures/cli/project.js'
import {LspClient} from '../../scripts/lsp-client.js'

export const OUR_SERVER = path.join(PACKAGE_ROOT, 'bin', 'strategy-lint-language-server.js')
export const STOCK_SERVER = path.join(PACKAGE_ROOT, 'tests', 'stock-remark-language-server.js')

/** Start clients with `start`; `stopAll` (in the file's afterAll) stops every one started. */
export function trackedClients(): {start: (server: string, workspace: string) => Promise<LspClient>; stopAll: () => Promise<void>} {
  const clients: LspClient[] = []
  return {
    async start(server, workspace) {
      const client = await LspClient.start(server, workspace)
      clients.push(client)
      return client
    },
    async stopAll() {
      await Promise.all(clients.map((client) => client.stop()))
    }
  }
}

/** Comparable summary: `line:character rule reason` (LSP positions are 0-based). */
export function diagnosticSummary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${d.message.split('\n')[0]}`).sort()
}
