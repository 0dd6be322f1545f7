-- Neovim 0.7 (Debian's 0.7.2) as the client of `privlint lsp`: the form
-- docs/editors.md gives for 0.7, which has no vim.lsp.start. Run headless by
-- test/lsp/neovim.test; prints what vim.diagnostic.get() holds to standard
-- output. Every wait is bounded (vim.wait); a timeout exits with status 1.
local root = vim.env.PRIVLINT_ROOT
local out = function(s) io.stdout:write(s .. '\n') end
local fail = function(s)
  out('error: ' .. s)
  vim.cmd('cquit 1')
end

local client_id = vim.lsp.start_client({
  name = 'privlint',
  cmd = { vim.env.PRIVLINT, 'lsp', '--debounce', '10' },
  root_dir = root,
})
if not client_id then fail('the client did not start') end

vim.cmd('edit ' .. root .. '/users.sql')
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

local function show(label)
  local diags = vim.diagnostic.get(buf)
  table.sort(diags, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  out(label .. ': ' .. #diags .. ' diagnostics')
  for _, d in ipairs(diags) do
    out(string.format('  %d:%d %s [%s] %s: %s', d.lnum + 1, d.col,
      vim.diagnostic.severity[d.severity], d.source, d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?', d.message))
  end
end

if not vim.wait(30000, function() return #vim.diagnostic.get(buf) == 2 end, 20) then
  show('timeout')
  fail('no diagnostics from privlint')
end
show('opened')

-- An edit in the buffer (not saved): the phone column becomes a note.
vim.api.nvim_buf_set_lines(buf, 3, 4, false, { '  notes text' })
if not vim.wait(30000, function() return #vim.diagnostic.get(buf) == 1 end, 20) then
  show('timeout')
  fail('the diagnostics did not follow the edit')
end
show('edited')

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd('qall!')
