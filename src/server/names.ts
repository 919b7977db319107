/**
 * The names remark-language-server gives unified-language-server (the
 * settings section, the configuration and ignore files), in a module of their
 * own: the server's main thread (lsp.ts) reads the settings section, and
 * importing them from server.ts would load the whole linter into a thread
 * that only answers the editor (about 0.3 s of CPU at every server start).
 */
export const REMARK_NAMES = {
  processorName: 'remark',
  processorSpecifier: 'remark',
  configurationSection: 'remark',
  rcName: '.remarkrc',
  packageField: 'remarkConfig',
  ignoreName: '.remarkignore',
  pluginPrefix: 'remark'
} as const
