-- Opens one C++ file in headless Neovim with labelguard-clangd as its
-- language server and writes what Neovim's own LSP client made of the
-- server's diagnostics to a JSON file. Run by test_neovim.py:
--
--   LG_CLANGD=... LG_ROOT=... LG_FILE=... LG_OUT=... \
--     nvim --headless -u NONE -i NONE --noplugin -c 'luafile neovim_client.lua'
--
-- Debian 12 ships Neovim 0.7.2: vim.lsp.start (0.8) does not exist there, so
-- the client is started with vim.lsp.start_client and attached by hand.

local check = 'metrics-high-cardinality-label'
local out = { events = {} }

local function finish()
  local f = assert(io.open(os.getenv('LG_OUT'), 'w'))
  f:write(vim.json.encode(out))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('filetype on') -- so the buffer's languageId is "cpp"
  local client_id = vim.lsp.start_client({
    name = 'labelguard-clangd',
    cmd = { os.getenv('LG_CLANGD'), '--background-index=false' },
    root_dir = os.getenv('LG_ROOT'),
    on_exit = function(code, signal)
      table.insert(out.events, { exit_code = code, signal = signal })
    end,
  })
  out.client_started = client_id ~= nil
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('LG_FILE')))
  local buf = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[buf].filetype
  out.attached = vim.lsp.buf_attach_client(buf, client_id)

  local function ours()
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == check then table.insert(found, d) end
    end
    return found
  end
  out.arrived = vim.wait(60000, function() return #ours() > 0 end, 50)

  out.diagnostics = {}
  for _, d in ipairs(ours()) do
    local lsp = (d.user_data or {}).lsp or {}
    local related = {}
    for _, r in ipairs(lsp.relatedInformation or {}) do
      table.insert(related, { line = r.location.range.start.line,
                              character = r.location.range.start.character,
                              message = r.message })
    end
    table.insert(out.diagnostics, {
      lnum = d.lnum, col = d.col, message = d.message, source = d.source,
      code = d.code, severity = d.severity, related = related,
    })
  end
  out.warn = vim.diagnostic.severity.WARN

  -- A clean shutdown: Neovim sends shutdown and exit, clangd exits.
  vim.lsp.stop_client(client_id)
  out.stopped = vim.wait(20000, function()
    return vim.lsp.get_client_by_id(client_id) == nil
  end, 50)
end)
if not ok then out.error = tostring(err) end
finish()
